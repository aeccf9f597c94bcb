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
    tracep->declBus(c+3055,"N_PE", false,-1, 31,0);
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3058,"WORD_WIDTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3057,"SIW", false,-1, 31,0);
    tracep->declBus(c+3055,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3057,"AAW", false,-1, 31,0);
    tracep->declBus(c+3064,"WIW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3057,"LDLW", false,-1, 31,0);
    tracep->declBus(c+3056,"PEW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
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
    tracep->declBus(c+18,"ld_lane", false,-1, 3,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+20,"dbg_pe", false,-1, 2,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+51,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+52,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+53,"dbg_active", false,-1);
    tracep->declBus(c+54,"dbg_qcount", false,-1, 2,0);
    tracep->declBit(c+55,"dbg_i_valid", false,-1);
    tracep->declBus(c+56,"dbg_i_j", false,-1, 8,0);
    tracep->declBus(c+57,"dbg_i_slot", false,-1, 2,0);
    tracep->declBit(c+58,"dbg_w_valid", false,-1);
    tracep->declBus(c+59,"dbg_w_j", false,-1, 8,0);
    tracep->declBus(c+60,"dbg_w_slot", false,-1, 2,0);
    tracep->declBit(c+61,"dbg_m_valid", false,-1);
    tracep->declBus(c+62,"dbg_m_j", false,-1, 8,0);
    tracep->declBus(c+63,"dbg_m_slot", false,-1, 2,0);
    tracep->declBit(c+64,"dbg_a_valid", false,-1);
    tracep->declBus(c+65,"dbg_a_j", false,-1, 8,0);
    tracep->declBus(c+66,"dbg_a_slot", false,-1, 2,0);
    tracep->declBus(c+67,"dbg_a_active", false,-1, 1,0);
    tracep->declQuad(c+68,"dbg_a_rows", false,-1, 35,0);
    tracep->declArray(c+70,"dbg_a_products", false,-1, 95,0);
    tracep->declBus(c+73,"dbg_acc_we", false,-1, 2,0);
    tracep->declArray(c+74,"dbg_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+77,"dbg_out_we", false,-1, 2,0);
    tracep->declBus(c+110,"nzd_action", false,-1, 1,0);
    tracep->declBus(c+111,"nzd_word", false,-1, 4,0);
    tracep->declBus(c+112,"nzd_j", false,-1, 8,0);
    tracep->declBit(c+113,"draining", false,-1);
    tracep->declBit(c+114,"busy", false,-1);
    tracep->declBit(c+115,"done", false,-1);
    tracep->declBus(c+116,"cycle", false,-1, 31,0);
    tracep->declBus(c+3068,"SEL_X", false,-1, 1,0);
    tracep->declBus(c+3069,"SEL_W", false,-1, 1,0);
    tracep->declBus(c+3070,"SEL_K", false,-1, 1,0);
    tracep->declBus(c+3071,"SEL_B", false,-1, 1,0);
    tracep->declBus(c+3070,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+117,"n_r", false,-1, 8,0);
    tracep->declBus(c+118,"end_r", false,-1, 8,0);
    tracep->declBit(c+119,"drain_cfg_r", false,-1);
    tracep->declBus(c+120,"p_r", false,-1, 6,0);
    tracep->declBus(c+121,"frac_r", false,-1, 3,0);
    tracep->declBit(c+122,"relu_r", false,-1);
    tracep->declBit(c+123,"formula_r", false,-1);
    tracep->declBit(c+114,"running", false,-1);
    tracep->declBit(c+124,"drain_r", false,-1);
    tracep->declBit(c+125,"finished", false,-1);
    tracep->declBus(c+116,"cycle_r", false,-1, 31,0);
    tracep->declBus(c+126,"active", false,-1, 7,0);
    tracep->declBus(c+127,"room", false,-1, 7,0);
    tracep->declBus(c+128,"idle", false,-1, 7,0);
    tracep->declBus(c+129,"pe_drained", false,-1, 7,0);
    tracep->declBit(c+130,"all_room", false,-1);
    tracep->declBit(c+131,"all_idle", false,-1);
    tracep->declBit(c+132,"all_drained", false,-1);
    tracep->declBit(c+133,"nzd_done", false,-1);
    tracep->declBit(c+113,"drain_now", false,-1);
    tracep->declBit(c+134,"finish", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"pe_drain", false,-1);
    tracep->declBus(c+137,"b_x", false,-1, 15,0);
    tracep->declBus(c+112,"b_j", false,-1, 8,0);
    tracep->declBus(c+138,"b_c", false,-1, 8,0);
    tracep->declBus(c+139,"b_t", false,-1, 6,0);
    tracep->declBus(c+140,"b_cm", false,-1, 6,0);
    tracep->declBit(c+141,"bcast", false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+78+i*1,"pe_acc", true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+86+i*1,"pe_out", true,(i+0), 15,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+142+i*1,"pe_qcount", true,(i+0), 2,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+150+i*1,"pe_i", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+158+i*1,"pe_w", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+166+i*1,"pe_m", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+174+i*1,"pe_a", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+182+i*1,"pe_a_active", true,(i+0), 1,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declQuad(c+190+i*2,"pe_a_rows", true,(i+0), 35,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declArray(c+206+i*3,"pe_a_prod", true,(i+0), 95,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+230+i*1,"pe_acc_we", true,(i+0), 2,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declArray(c+238+i*3,"pe_acc_wdata", true,(i+0), 95,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+262+i*1,"pe_out_we", true,(i+0), 2,0);
    }
    tracep->pushNamePrefix("g_pe[0] ");
    tracep->declBus(c+3072,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+22,"selected", false,-1);
    tracep->declBus(c+270,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[1] ");
    tracep->declBus(c+3073,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+23,"selected", false,-1);
    tracep->declBus(c+271,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[2] ");
    tracep->declBus(c+3074,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+24,"selected", false,-1);
    tracep->declBus(c+272,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[3] ");
    tracep->declBus(c+3075,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+25,"selected", false,-1);
    tracep->declBus(c+273,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[4] ");
    tracep->declBus(c+3076,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+26,"selected", false,-1);
    tracep->declBus(c+274,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[5] ");
    tracep->declBus(c+3077,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+27,"selected", false,-1);
    tracep->declBus(c+275,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[6] ");
    tracep->declBus(c+3078,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+28,"selected", false,-1);
    tracep->declBus(c+276,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[7] ");
    tracep->declBus(c+3079,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+29,"selected", false,-1);
    tracep->declBus(c+277,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_nzd ");
    tracep->declBus(c+3058,"S", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3057,"SIW", false,-1, 31,0);
    tracep->declBus(c+3055,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3057,"AAW", false,-1, 31,0);
    tracep->declBus(c+3064,"WIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBus(c+6,"first_word", false,-1, 4,0);
    tracep->declBit(c+135,"run", false,-1);
    tracep->declBus(c+117,"cfg_n", false,-1, 8,0);
    tracep->declBus(c+118,"cfg_end", false,-1, 8,0);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBit(c+30,"ld_we", false,-1);
    tracep->declBus(c+31,"ld_addr", false,-1, 3,0);
    tracep->declBus(c+18,"ld_lane", false,-1, 3,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBit(c+130,"ready", false,-1);
    tracep->declBus(c+110,"action", false,-1, 1,0);
    tracep->declBus(c+111,"word", false,-1, 4,0);
    tracep->declBit(c+133,"done", false,-1);
    tracep->declBus(c+137,"b_x", false,-1, 15,0);
    tracep->declBus(c+112,"b_j", false,-1, 8,0);
    tracep->declBus(c+138,"b_c", false,-1, 8,0);
    tracep->declBus(c+139,"b_t", false,-1, 6,0);
    tracep->declBus(c+140,"b_cm", false,-1, 6,0);
    tracep->declBus(c+3068,"ACT_IDLE", false,-1, 1,0);
    tracep->declBus(c+3069,"ACT_READ", false,-1, 1,0);
    tracep->declBus(c+3070,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+3071,"ACT_STALL", false,-1, 1,0);
    tracep->declBus(c+3080,"S_I", false,-1, 31,0);
    tracep->declBus(c+3081,"S_STEP", false,-1, 9,0);
    tracep->declBus(c+111,"next_word", false,-1, 4,0);
    tracep->declBus(c+278,"next_base", false,-1, 9,0);
    tracep->declBus(c+279,"base", false,-1, 8,0);
    tracep->declBus(c+280,"pending", false,-1, 15,0);
    tracep->declArray(c+281,"held", false,-1, 255,0);
    tracep->declArray(c+289,"rdata", false,-1, 255,0);
    tracep->declBit(c+297,"more", false,-1);
    tracep->declBus(c+298,"remaining", false,-1, 9,0);
    tracep->declBit(c+299,"empty", false,-1);
    tracep->declBus(c+300,"mask", false,-1, 15,0);
    tracep->declBus(c+1,"i", false,-1, 31,0);
    tracep->declBus(c+301,"pos", false,-1, 3,0);
    tracep->declBus(c+302,"p_wide", false,-1, 8,0);
    tracep->declBus(c+303,"c_times_p", false,-1, 8,0);
    tracep->declBus(c+304,"t_wide", false,-1, 8,0);
    tracep->declBus(c+305,"cm_wide", false,-1, 8,0);
    tracep->declBit(c+306,"unused_decoder_high", false,-1);
    tracep->pushNamePrefix("u_buffer ");
    tracep->declBus(c+3057,"AW", false,-1, 31,0);
    tracep->declBus(c+3058,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3057,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+30,"we", false,-1);
    tracep->declBus(c+31,"waddr", false,-1, 3,0);
    tracep->declBus(c+18,"wlane", false,-1, 3,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+307,"raddr", false,-1, 3,0);
    tracep->declArray(c+289,"rdata", false,-1, 255,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+308+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[10] ");
    tracep->declBus(c+3083,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+324+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[11] ");
    tracep->declBus(c+3084,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+340+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[12] ");
    tracep->declBus(c+3085,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+356+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[13] ");
    tracep->declBus(c+3086,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+372+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[14] ");
    tracep->declBus(c+3087,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+388+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[15] ");
    tracep->declBus(c+3088,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+404+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3089,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+420+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3090,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+436+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[3] ");
    tracep->declBus(c+3091,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+452+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[4] ");
    tracep->declBus(c+3092,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+468+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[5] ");
    tracep->declBus(c+3093,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+484+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[6] ");
    tracep->declBus(c+3094,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+500+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[7] ");
    tracep->declBus(c+3095,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+516+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[8] ");
    tracep->declBus(c+3096,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+532+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[9] ");
    tracep->declBus(c+3097,"LANE", false,-1, 3,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+548+i*1,"mem", true,(i+0), 15,0);
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
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+270,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+564,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+33,"ld_we_w", false,-1);
    tracep->declBit(c+34,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+94,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+95,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+565,"room", false,-1);
    tracep->declBit(c+566,"idle", false,-1);
    tracep->declBit(c+567,"drained", false,-1);
    tracep->declBus(c+568,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+569,"tr_i_valid", false,-1);
    tracep->declBus(c+570,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+571,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+572,"tr_w_valid", false,-1);
    tracep->declBus(c+573,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+574,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+575,"tr_m_valid", false,-1);
    tracep->declBus(c+576,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+577,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+578,"tr_a_valid", false,-1);
    tracep->declBus(c+579,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+580,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+581,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+582,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+584,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+587,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+588,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+591,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+592,"se_wide", false,-1, 4,0);
    tracep->declBus(c+593,"se", false,-1, 2,0);
    tracep->declBus(c+594,"rows", false,-1, 11,0);
    tracep->declBit(c+595,"unused_se_high", false,-1);
    tracep->declQuad(c+596,"q_head", false,-1, 47,0);
    tracep->declBus(c+568,"q_count", false,-1, 2,0);
    tracep->declBit(c+598,"pop", false,-1);
    tracep->declBit(c+599,"q_nonempty", false,-1);
    tracep->declBus(c+600,"k_addr", false,-1, 11,0);
    tracep->declBus(c+601,"k_word", false,-1, 20,0);
    tracep->declBit(c+602,"col_busy", false,-1);
    tracep->declBit(c+569,"issue", false,-1);
    tracep->declBus(c+603,"cur_x", false,-1, 15,0);
    tracep->declBus(c+570,"cur_j", false,-1, 8,0);
    tracep->declBus(c+571,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+604,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+605,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+572,"i_valid", false,-1);
    tracep->declBus(c+607,"i_x", false,-1, 15,0);
    tracep->declBus(c+573,"i_j", false,-1, 8,0);
    tracep->declBus(c+574,"i_slot", false,-1, 2,0);
    tracep->declBus(c+608,"i_active", false,-1, 1,0);
    tracep->declQuad(c+609,"i_rows", false,-1, 35,0);
    tracep->declBus(c+611,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+612,"w_word", false,-1, 47,0);
    tracep->declBit(c+575,"o_valid", false,-1);
    tracep->declBus(c+614,"o_x", false,-1, 15,0);
    tracep->declBus(c+576,"o_j", false,-1, 8,0);
    tracep->declBus(c+577,"o_slot", false,-1, 2,0);
    tracep->declBus(c+615,"o_active", false,-1, 1,0);
    tracep->declQuad(c+616,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+618,"o_w", false,-1, 47,0);
    tracep->declArray(c+620,"products", false,-1, 95,0);
    tracep->declBit(c+578,"a_valid", false,-1);
    tracep->declBus(c+579,"a_j", false,-1, 8,0);
    tracep->declBus(c+580,"a_slot", false,-1, 2,0);
    tracep->declBus(c+581,"a_active", false,-1, 1,0);
    tracep->declQuad(c+582,"a_rows", false,-1, 35,0);
    tracep->declArray(c+584,"a_products", false,-1, 95,0);
    tracep->declBus(c+623,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+624,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+626,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+587,"acc_we", false,-1, 2,0);
    tracep->declArray(c+588,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+591,"out_we", false,-1, 2,0);
    tracep->declQuad(c+629,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+631,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+623,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+633,"acc", false,-1, 31,0);
    tracep->declBus(c+634,"product", false,-1, 31,0);
    tracep->declBus(c+635,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+636,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+638,"w", false,-1, 15,0);
    tracep->declBus(c+614,"x", false,-1, 15,0);
    tracep->declBus(c+639,"product", false,-1, 31,0);
    tracep->declBus(c+638,"ws", false,-1, 15,0);
    tracep->declBus(c+614,"xs", false,-1, 15,0);
    tracep->declBus(c+639,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+633,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+640,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+641,"rectified", false,-1, 31,0);
    tracep->declQuad(c+642,"half", false,-1, 32,0);
    tracep->declQuad(c+644,"rounded", false,-1, 32,0);
    tracep->declQuad(c+646,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+648,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+649,"acc", false,-1, 31,0);
    tracep->declBus(c+650,"product", false,-1, 31,0);
    tracep->declBus(c+651,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+652,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+654,"w", false,-1, 15,0);
    tracep->declBus(c+614,"x", false,-1, 15,0);
    tracep->declBus(c+655,"product", false,-1, 31,0);
    tracep->declBus(c+654,"ws", false,-1, 15,0);
    tracep->declBus(c+614,"xs", false,-1, 15,0);
    tracep->declBus(c+655,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+649,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+656,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+657,"rectified", false,-1, 31,0);
    tracep->declQuad(c+642,"half", false,-1, 32,0);
    tracep->declQuad(c+658,"rounded", false,-1, 32,0);
    tracep->declQuad(c+660,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+662,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+663,"acc", false,-1, 31,0);
    tracep->declBus(c+664,"product", false,-1, 31,0);
    tracep->declBus(c+665,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+666,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+668,"w", false,-1, 15,0);
    tracep->declBus(c+614,"x", false,-1, 15,0);
    tracep->declBus(c+669,"product", false,-1, 31,0);
    tracep->declBus(c+668,"ws", false,-1, 15,0);
    tracep->declBus(c+614,"xs", false,-1, 15,0);
    tracep->declBus(c+669,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+663,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+670,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+671,"rectified", false,-1, 31,0);
    tracep->declQuad(c+642,"half", false,-1, 32,0);
    tracep->declQuad(c+672,"rounded", false,-1, 32,0);
    tracep->declQuad(c+674,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+624,"raddr", false,-1, 35,0);
    tracep->declArray(c+626,"rdata", false,-1, 95,0);
    tracep->declBus(c+587,"we", false,-1, 2,0);
    tracep->declQuad(c+582,"waddr", false,-1, 35,0);
    tracep->declArray(c+588,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+94,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+676,"live", false,-1, 4095,0);
    tracep->declBus(c+804,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+270,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+593,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+599,"head_valid", false,-1);
    tracep->declBus(c+805,"head_x", false,-1, 15,0);
    tracep->declBus(c+806,"head_j", false,-1, 8,0);
    tracep->declBus(c+807,"head_c", false,-1, 8,0);
    tracep->declBus(c+808,"head_t", false,-1, 6,0);
    tracep->declBus(c+809,"head_cm", false,-1, 6,0);
    tracep->declBit(c+598,"pop", false,-1);
    tracep->declBus(c+600,"k_addr", false,-1, 11,0);
    tracep->declBus(c+601,"k_word", false,-1, 20,0);
    tracep->declBit(c+602,"busy", false,-1);
    tracep->declBit(c+569,"issue", false,-1);
    tracep->declBus(c+603,"issue_x", false,-1, 15,0);
    tracep->declBus(c+570,"issue_j", false,-1, 8,0);
    tracep->declBus(c+571,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+604,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+605,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+602,"col_valid", false,-1);
    tracep->declBit(c+810,"col_reload", false,-1);
    tracep->declBus(c+811,"col_x", false,-1, 15,0);
    tracep->declBus(c+812,"col_j", false,-1, 8,0);
    tracep->declBus(c+813,"col_c", false,-1, 8,0);
    tracep->declBus(c+814,"col_t", false,-1, 6,0);
    tracep->declBus(c+815,"col_cm", false,-1, 6,0);
    tracep->declBus(c+816,"col_slot", false,-1, 2,0);
    tracep->declBit(c+817,"k_valid", false,-1);
    tracep->declBus(c+818,"k_col", false,-1, 8,0);
    tracep->declBus(c+819,"cur_c", false,-1, 8,0);
    tracep->declBus(c+820,"cur_t", false,-1, 6,0);
    tracep->declBus(c+821,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+571,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+822,"cur_reload", false,-1);
    tracep->declBus(c+823,"next_slot", false,-1, 2,0);
    tracep->declBit(c+824,"next_valid", false,-1);
    tracep->declBus(c+825,"first_b", false,-1, 4,0);
    tracep->declBus(c+826,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+828,"base_row", false,-1, 11,0);
    tracep->declBus(c+571,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+829,"k_stored", false,-1, 6,0);
    tracep->declBus(c+830,"k_sum", false,-1, 7,0);
    tracep->declBus(c+831,"k_formula", false,-1, 6,0);
    tracep->declBus(c+832,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+833+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+839,"k", false,-1, 6,0);
    tracep->declBus(c+840,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+841,"k_stored", false,-1, 6,0);
    tracep->declBus(c+842,"k_sum", false,-1, 7,0);
    tracep->declBus(c+843,"k_formula", false,-1, 6,0);
    tracep->declBus(c+844,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+845+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+851,"k", false,-1, 6,0);
    tracep->declBus(c+852,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+853,"k_stored", false,-1, 6,0);
    tracep->declBus(c+854,"k_sum", false,-1, 7,0);
    tracep->declBus(c+855,"k_formula", false,-1, 6,0);
    tracep->declBus(c+856,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+857+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+863,"k", false,-1, 6,0);
    tracep->declBus(c+864,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+591,"we", false,-1, 2,0);
    tracep->declQuad(c+629,"waddr", false,-1, 35,0);
    tracep->declQuad(c+631,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+95,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+865,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+34,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+600,"raddr", false,-1, 11,0);
    tracep->declBus(c+601,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+564,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+598,"pop", false,-1);
    tracep->declQuad(c+596,"head_data", false,-1, 47,0);
    tracep->declBus(c+568,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+868+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+876,"head", false,-1, 1,0);
    tracep->declBus(c+877,"tail", false,-1, 1,0);
    tracep->declBus(c+568,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+33,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+611,"raddr", false,-1, 11,0);
    tracep->declQuad(c+612,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+271,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+878,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+37,"ld_we_w", false,-1);
    tracep->declBit(c+38,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+96,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+97,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+879,"room", false,-1);
    tracep->declBit(c+880,"idle", false,-1);
    tracep->declBit(c+881,"drained", false,-1);
    tracep->declBus(c+882,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+883,"tr_i_valid", false,-1);
    tracep->declBus(c+884,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+885,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+886,"tr_w_valid", false,-1);
    tracep->declBus(c+887,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+888,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+889,"tr_m_valid", false,-1);
    tracep->declBus(c+890,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+891,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+892,"tr_a_valid", false,-1);
    tracep->declBus(c+893,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+894,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+895,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+896,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+898,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+901,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+902,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+905,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+906,"se_wide", false,-1, 4,0);
    tracep->declBus(c+907,"se", false,-1, 2,0);
    tracep->declBus(c+908,"rows", false,-1, 11,0);
    tracep->declBit(c+909,"unused_se_high", false,-1);
    tracep->declQuad(c+910,"q_head", false,-1, 47,0);
    tracep->declBus(c+882,"q_count", false,-1, 2,0);
    tracep->declBit(c+912,"pop", false,-1);
    tracep->declBit(c+913,"q_nonempty", false,-1);
    tracep->declBus(c+914,"k_addr", false,-1, 11,0);
    tracep->declBus(c+915,"k_word", false,-1, 20,0);
    tracep->declBit(c+916,"col_busy", false,-1);
    tracep->declBit(c+883,"issue", false,-1);
    tracep->declBus(c+917,"cur_x", false,-1, 15,0);
    tracep->declBus(c+884,"cur_j", false,-1, 8,0);
    tracep->declBus(c+885,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+918,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+919,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+886,"i_valid", false,-1);
    tracep->declBus(c+921,"i_x", false,-1, 15,0);
    tracep->declBus(c+887,"i_j", false,-1, 8,0);
    tracep->declBus(c+888,"i_slot", false,-1, 2,0);
    tracep->declBus(c+922,"i_active", false,-1, 1,0);
    tracep->declQuad(c+923,"i_rows", false,-1, 35,0);
    tracep->declBus(c+925,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+926,"w_word", false,-1, 47,0);
    tracep->declBit(c+889,"o_valid", false,-1);
    tracep->declBus(c+928,"o_x", false,-1, 15,0);
    tracep->declBus(c+890,"o_j", false,-1, 8,0);
    tracep->declBus(c+891,"o_slot", false,-1, 2,0);
    tracep->declBus(c+929,"o_active", false,-1, 1,0);
    tracep->declQuad(c+930,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+932,"o_w", false,-1, 47,0);
    tracep->declArray(c+934,"products", false,-1, 95,0);
    tracep->declBit(c+892,"a_valid", false,-1);
    tracep->declBus(c+893,"a_j", false,-1, 8,0);
    tracep->declBus(c+894,"a_slot", false,-1, 2,0);
    tracep->declBus(c+895,"a_active", false,-1, 1,0);
    tracep->declQuad(c+896,"a_rows", false,-1, 35,0);
    tracep->declArray(c+898,"a_products", false,-1, 95,0);
    tracep->declBus(c+937,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+938,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+940,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+901,"acc_we", false,-1, 2,0);
    tracep->declArray(c+902,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+905,"out_we", false,-1, 2,0);
    tracep->declQuad(c+943,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+945,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+937,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+947,"acc", false,-1, 31,0);
    tracep->declBus(c+948,"product", false,-1, 31,0);
    tracep->declBus(c+949,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+950,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+952,"w", false,-1, 15,0);
    tracep->declBus(c+928,"x", false,-1, 15,0);
    tracep->declBus(c+953,"product", false,-1, 31,0);
    tracep->declBus(c+952,"ws", false,-1, 15,0);
    tracep->declBus(c+928,"xs", false,-1, 15,0);
    tracep->declBus(c+953,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+947,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+954,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+955,"rectified", false,-1, 31,0);
    tracep->declQuad(c+956,"half", false,-1, 32,0);
    tracep->declQuad(c+958,"rounded", false,-1, 32,0);
    tracep->declQuad(c+960,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+962,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+963,"acc", false,-1, 31,0);
    tracep->declBus(c+964,"product", false,-1, 31,0);
    tracep->declBus(c+965,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+966,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+968,"w", false,-1, 15,0);
    tracep->declBus(c+928,"x", false,-1, 15,0);
    tracep->declBus(c+969,"product", false,-1, 31,0);
    tracep->declBus(c+968,"ws", false,-1, 15,0);
    tracep->declBus(c+928,"xs", false,-1, 15,0);
    tracep->declBus(c+969,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+963,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+970,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+971,"rectified", false,-1, 31,0);
    tracep->declQuad(c+956,"half", false,-1, 32,0);
    tracep->declQuad(c+972,"rounded", false,-1, 32,0);
    tracep->declQuad(c+974,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+976,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+977,"acc", false,-1, 31,0);
    tracep->declBus(c+978,"product", false,-1, 31,0);
    tracep->declBus(c+979,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+980,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+982,"w", false,-1, 15,0);
    tracep->declBus(c+928,"x", false,-1, 15,0);
    tracep->declBus(c+983,"product", false,-1, 31,0);
    tracep->declBus(c+982,"ws", false,-1, 15,0);
    tracep->declBus(c+928,"xs", false,-1, 15,0);
    tracep->declBus(c+983,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+977,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+984,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+985,"rectified", false,-1, 31,0);
    tracep->declQuad(c+956,"half", false,-1, 32,0);
    tracep->declQuad(c+986,"rounded", false,-1, 32,0);
    tracep->declQuad(c+988,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+938,"raddr", false,-1, 35,0);
    tracep->declArray(c+940,"rdata", false,-1, 95,0);
    tracep->declBus(c+901,"we", false,-1, 2,0);
    tracep->declQuad(c+896,"waddr", false,-1, 35,0);
    tracep->declArray(c+902,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+96,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+990,"live", false,-1, 4095,0);
    tracep->declBus(c+1118,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+271,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+907,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+913,"head_valid", false,-1);
    tracep->declBus(c+1119,"head_x", false,-1, 15,0);
    tracep->declBus(c+1120,"head_j", false,-1, 8,0);
    tracep->declBus(c+1121,"head_c", false,-1, 8,0);
    tracep->declBus(c+1122,"head_t", false,-1, 6,0);
    tracep->declBus(c+1123,"head_cm", false,-1, 6,0);
    tracep->declBit(c+912,"pop", false,-1);
    tracep->declBus(c+914,"k_addr", false,-1, 11,0);
    tracep->declBus(c+915,"k_word", false,-1, 20,0);
    tracep->declBit(c+916,"busy", false,-1);
    tracep->declBit(c+883,"issue", false,-1);
    tracep->declBus(c+917,"issue_x", false,-1, 15,0);
    tracep->declBus(c+884,"issue_j", false,-1, 8,0);
    tracep->declBus(c+885,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+918,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+919,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+916,"col_valid", false,-1);
    tracep->declBit(c+1124,"col_reload", false,-1);
    tracep->declBus(c+1125,"col_x", false,-1, 15,0);
    tracep->declBus(c+1126,"col_j", false,-1, 8,0);
    tracep->declBus(c+1127,"col_c", false,-1, 8,0);
    tracep->declBus(c+1128,"col_t", false,-1, 6,0);
    tracep->declBus(c+1129,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1130,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1131,"k_valid", false,-1);
    tracep->declBus(c+1132,"k_col", false,-1, 8,0);
    tracep->declBus(c+1133,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1134,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1135,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+885,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1136,"cur_reload", false,-1);
    tracep->declBus(c+1137,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1138,"next_valid", false,-1);
    tracep->declBus(c+1139,"first_b", false,-1, 4,0);
    tracep->declBus(c+1140,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1141,"base_row", false,-1, 11,0);
    tracep->declBus(c+885,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1142,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1143,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1144,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1145,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1146+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1152,"k", false,-1, 6,0);
    tracep->declBus(c+1153,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1154,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1155,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1156,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1157,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1158+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1164,"k", false,-1, 6,0);
    tracep->declBus(c+1165,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1166,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1167,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1168,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1169,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1170+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1176,"k", false,-1, 6,0);
    tracep->declBus(c+1177,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+905,"we", false,-1, 2,0);
    tracep->declQuad(c+943,"waddr", false,-1, 35,0);
    tracep->declQuad(c+945,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+97,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1178,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+914,"raddr", false,-1, 11,0);
    tracep->declBus(c+915,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+878,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+912,"pop", false,-1);
    tracep->declQuad(c+910,"head_data", false,-1, 47,0);
    tracep->declBus(c+882,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1179+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1187,"head", false,-1, 1,0);
    tracep->declBus(c+1188,"tail", false,-1, 1,0);
    tracep->declBus(c+882,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+37,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+925,"raddr", false,-1, 11,0);
    tracep->declQuad(c+926,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+272,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1189,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+39,"ld_we_w", false,-1);
    tracep->declBit(c+40,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+98,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+99,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1190,"room", false,-1);
    tracep->declBit(c+1191,"idle", false,-1);
    tracep->declBit(c+1192,"drained", false,-1);
    tracep->declBus(c+1193,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1194,"tr_i_valid", false,-1);
    tracep->declBus(c+1195,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1196,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1197,"tr_w_valid", false,-1);
    tracep->declBus(c+1198,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1199,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1200,"tr_m_valid", false,-1);
    tracep->declBus(c+1201,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1202,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1203,"tr_a_valid", false,-1);
    tracep->declBus(c+1204,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1205,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1206,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1207,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1209,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1212,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1213,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1216,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1217,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1218,"se", false,-1, 2,0);
    tracep->declBus(c+1219,"rows", false,-1, 11,0);
    tracep->declBit(c+1220,"unused_se_high", false,-1);
    tracep->declQuad(c+1221,"q_head", false,-1, 47,0);
    tracep->declBus(c+1193,"q_count", false,-1, 2,0);
    tracep->declBit(c+1223,"pop", false,-1);
    tracep->declBit(c+1224,"q_nonempty", false,-1);
    tracep->declBus(c+1225,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1226,"k_word", false,-1, 20,0);
    tracep->declBit(c+1227,"col_busy", false,-1);
    tracep->declBit(c+1194,"issue", false,-1);
    tracep->declBus(c+1228,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1195,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1196,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1229,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1230,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1197,"i_valid", false,-1);
    tracep->declBus(c+1232,"i_x", false,-1, 15,0);
    tracep->declBus(c+1198,"i_j", false,-1, 8,0);
    tracep->declBus(c+1199,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1233,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1234,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1236,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1237,"w_word", false,-1, 47,0);
    tracep->declBit(c+1200,"o_valid", false,-1);
    tracep->declBus(c+1239,"o_x", false,-1, 15,0);
    tracep->declBus(c+1201,"o_j", false,-1, 8,0);
    tracep->declBus(c+1202,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1240,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1241,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1243,"o_w", false,-1, 47,0);
    tracep->declArray(c+1245,"products", false,-1, 95,0);
    tracep->declBit(c+1203,"a_valid", false,-1);
    tracep->declBus(c+1204,"a_j", false,-1, 8,0);
    tracep->declBus(c+1205,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1206,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1207,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1209,"a_products", false,-1, 95,0);
    tracep->declBus(c+1248,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1249,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1251,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1212,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1213,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1216,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1254,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1256,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1248,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1258,"acc", false,-1, 31,0);
    tracep->declBus(c+1259,"product", false,-1, 31,0);
    tracep->declBus(c+1260,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1261,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1263,"w", false,-1, 15,0);
    tracep->declBus(c+1239,"x", false,-1, 15,0);
    tracep->declBus(c+1264,"product", false,-1, 31,0);
    tracep->declBus(c+1263,"ws", false,-1, 15,0);
    tracep->declBus(c+1239,"xs", false,-1, 15,0);
    tracep->declBus(c+1264,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1258,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1265,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1266,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1267,"half", false,-1, 32,0);
    tracep->declQuad(c+1269,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1271,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1273,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1274,"acc", false,-1, 31,0);
    tracep->declBus(c+1275,"product", false,-1, 31,0);
    tracep->declBus(c+1276,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1277,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1279,"w", false,-1, 15,0);
    tracep->declBus(c+1239,"x", false,-1, 15,0);
    tracep->declBus(c+1280,"product", false,-1, 31,0);
    tracep->declBus(c+1279,"ws", false,-1, 15,0);
    tracep->declBus(c+1239,"xs", false,-1, 15,0);
    tracep->declBus(c+1280,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1274,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1281,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1282,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1267,"half", false,-1, 32,0);
    tracep->declQuad(c+1283,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1285,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1287,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1288,"acc", false,-1, 31,0);
    tracep->declBus(c+1289,"product", false,-1, 31,0);
    tracep->declBus(c+1290,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1291,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1293,"w", false,-1, 15,0);
    tracep->declBus(c+1239,"x", false,-1, 15,0);
    tracep->declBus(c+1294,"product", false,-1, 31,0);
    tracep->declBus(c+1293,"ws", false,-1, 15,0);
    tracep->declBus(c+1239,"xs", false,-1, 15,0);
    tracep->declBus(c+1294,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1288,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1295,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1296,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1267,"half", false,-1, 32,0);
    tracep->declQuad(c+1297,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1299,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+1249,"raddr", false,-1, 35,0);
    tracep->declArray(c+1251,"rdata", false,-1, 95,0);
    tracep->declBus(c+1212,"we", false,-1, 2,0);
    tracep->declQuad(c+1207,"waddr", false,-1, 35,0);
    tracep->declArray(c+1213,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+98,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1301,"live", false,-1, 4095,0);
    tracep->declBus(c+1429,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+272,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1218,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+1224,"head_valid", false,-1);
    tracep->declBus(c+1430,"head_x", false,-1, 15,0);
    tracep->declBus(c+1431,"head_j", false,-1, 8,0);
    tracep->declBus(c+1432,"head_c", false,-1, 8,0);
    tracep->declBus(c+1433,"head_t", false,-1, 6,0);
    tracep->declBus(c+1434,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1223,"pop", false,-1);
    tracep->declBus(c+1225,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1226,"k_word", false,-1, 20,0);
    tracep->declBit(c+1227,"busy", false,-1);
    tracep->declBit(c+1194,"issue", false,-1);
    tracep->declBus(c+1228,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1195,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1196,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1229,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1230,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+1227,"col_valid", false,-1);
    tracep->declBit(c+1435,"col_reload", false,-1);
    tracep->declBus(c+1436,"col_x", false,-1, 15,0);
    tracep->declBus(c+1437,"col_j", false,-1, 8,0);
    tracep->declBus(c+1438,"col_c", false,-1, 8,0);
    tracep->declBus(c+1439,"col_t", false,-1, 6,0);
    tracep->declBus(c+1440,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1441,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1442,"k_valid", false,-1);
    tracep->declBus(c+1443,"k_col", false,-1, 8,0);
    tracep->declBus(c+1444,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1445,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1446,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1196,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1447,"cur_reload", false,-1);
    tracep->declBus(c+1448,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1449,"next_valid", false,-1);
    tracep->declBus(c+1450,"first_b", false,-1, 4,0);
    tracep->declBus(c+1451,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1452,"base_row", false,-1, 11,0);
    tracep->declBus(c+1196,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1453,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1454,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1455,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1456,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1457+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1463,"k", false,-1, 6,0);
    tracep->declBus(c+1464,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1465,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1466,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1467,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1468,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1469+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1475,"k", false,-1, 6,0);
    tracep->declBus(c+1476,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1477,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1478,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1479,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1480,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1481+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1487,"k", false,-1, 6,0);
    tracep->declBus(c+1488,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1216,"we", false,-1, 2,0);
    tracep->declQuad(c+1254,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1256,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+99,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1489,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+40,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1225,"raddr", false,-1, 11,0);
    tracep->declBus(c+1226,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1189,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+1223,"pop", false,-1);
    tracep->declQuad(c+1221,"head_data", false,-1, 47,0);
    tracep->declBus(c+1193,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1490+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1498,"head", false,-1, 1,0);
    tracep->declBus(c+1499,"tail", false,-1, 1,0);
    tracep->declBus(c+1193,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+39,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+1236,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1237,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+273,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1500,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+41,"ld_we_w", false,-1);
    tracep->declBit(c+42,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+100,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+101,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1501,"room", false,-1);
    tracep->declBit(c+1502,"idle", false,-1);
    tracep->declBit(c+1503,"drained", false,-1);
    tracep->declBus(c+1504,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1505,"tr_i_valid", false,-1);
    tracep->declBus(c+1506,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1507,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1508,"tr_w_valid", false,-1);
    tracep->declBus(c+1509,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1510,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1511,"tr_m_valid", false,-1);
    tracep->declBus(c+1512,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1513,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1514,"tr_a_valid", false,-1);
    tracep->declBus(c+1515,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1516,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1517,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1518,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1520,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1523,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1524,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1527,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1528,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1529,"se", false,-1, 2,0);
    tracep->declBus(c+1530,"rows", false,-1, 11,0);
    tracep->declBit(c+1531,"unused_se_high", false,-1);
    tracep->declQuad(c+1532,"q_head", false,-1, 47,0);
    tracep->declBus(c+1504,"q_count", false,-1, 2,0);
    tracep->declBit(c+1534,"pop", false,-1);
    tracep->declBit(c+1535,"q_nonempty", false,-1);
    tracep->declBus(c+1536,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1537,"k_word", false,-1, 20,0);
    tracep->declBit(c+1538,"col_busy", false,-1);
    tracep->declBit(c+1505,"issue", false,-1);
    tracep->declBus(c+1539,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1506,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1507,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1540,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1541,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1508,"i_valid", false,-1);
    tracep->declBus(c+1543,"i_x", false,-1, 15,0);
    tracep->declBus(c+1509,"i_j", false,-1, 8,0);
    tracep->declBus(c+1510,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1544,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1545,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1547,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1548,"w_word", false,-1, 47,0);
    tracep->declBit(c+1511,"o_valid", false,-1);
    tracep->declBus(c+1550,"o_x", false,-1, 15,0);
    tracep->declBus(c+1512,"o_j", false,-1, 8,0);
    tracep->declBus(c+1513,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1551,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1552,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1554,"o_w", false,-1, 47,0);
    tracep->declArray(c+1556,"products", false,-1, 95,0);
    tracep->declBit(c+1514,"a_valid", false,-1);
    tracep->declBus(c+1515,"a_j", false,-1, 8,0);
    tracep->declBus(c+1516,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1517,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1518,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1520,"a_products", false,-1, 95,0);
    tracep->declBus(c+1559,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1560,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1562,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1523,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1524,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1527,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1565,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1567,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1559,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1569,"acc", false,-1, 31,0);
    tracep->declBus(c+1570,"product", false,-1, 31,0);
    tracep->declBus(c+1571,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1572,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1574,"w", false,-1, 15,0);
    tracep->declBus(c+1550,"x", false,-1, 15,0);
    tracep->declBus(c+1575,"product", false,-1, 31,0);
    tracep->declBus(c+1574,"ws", false,-1, 15,0);
    tracep->declBus(c+1550,"xs", false,-1, 15,0);
    tracep->declBus(c+1575,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1569,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1576,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1577,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1578,"half", false,-1, 32,0);
    tracep->declQuad(c+1580,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1582,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1584,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1585,"acc", false,-1, 31,0);
    tracep->declBus(c+1586,"product", false,-1, 31,0);
    tracep->declBus(c+1587,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1588,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1590,"w", false,-1, 15,0);
    tracep->declBus(c+1550,"x", false,-1, 15,0);
    tracep->declBus(c+1591,"product", false,-1, 31,0);
    tracep->declBus(c+1590,"ws", false,-1, 15,0);
    tracep->declBus(c+1550,"xs", false,-1, 15,0);
    tracep->declBus(c+1591,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1585,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1592,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1593,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1578,"half", false,-1, 32,0);
    tracep->declQuad(c+1594,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1596,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1598,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1599,"acc", false,-1, 31,0);
    tracep->declBus(c+1600,"product", false,-1, 31,0);
    tracep->declBus(c+1601,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1602,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1604,"w", false,-1, 15,0);
    tracep->declBus(c+1550,"x", false,-1, 15,0);
    tracep->declBus(c+1605,"product", false,-1, 31,0);
    tracep->declBus(c+1604,"ws", false,-1, 15,0);
    tracep->declBus(c+1550,"xs", false,-1, 15,0);
    tracep->declBus(c+1605,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1599,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1606,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1607,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1578,"half", false,-1, 32,0);
    tracep->declQuad(c+1608,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1610,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+1560,"raddr", false,-1, 35,0);
    tracep->declArray(c+1562,"rdata", false,-1, 95,0);
    tracep->declBus(c+1523,"we", false,-1, 2,0);
    tracep->declQuad(c+1518,"waddr", false,-1, 35,0);
    tracep->declArray(c+1524,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+100,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1612,"live", false,-1, 4095,0);
    tracep->declBus(c+1740,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+273,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1529,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+1535,"head_valid", false,-1);
    tracep->declBus(c+1741,"head_x", false,-1, 15,0);
    tracep->declBus(c+1742,"head_j", false,-1, 8,0);
    tracep->declBus(c+1743,"head_c", false,-1, 8,0);
    tracep->declBus(c+1744,"head_t", false,-1, 6,0);
    tracep->declBus(c+1745,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1534,"pop", false,-1);
    tracep->declBus(c+1536,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1537,"k_word", false,-1, 20,0);
    tracep->declBit(c+1538,"busy", false,-1);
    tracep->declBit(c+1505,"issue", false,-1);
    tracep->declBus(c+1539,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1506,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1507,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1540,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1541,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+1538,"col_valid", false,-1);
    tracep->declBit(c+1746,"col_reload", false,-1);
    tracep->declBus(c+1747,"col_x", false,-1, 15,0);
    tracep->declBus(c+1748,"col_j", false,-1, 8,0);
    tracep->declBus(c+1749,"col_c", false,-1, 8,0);
    tracep->declBus(c+1750,"col_t", false,-1, 6,0);
    tracep->declBus(c+1751,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1752,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1753,"k_valid", false,-1);
    tracep->declBus(c+1754,"k_col", false,-1, 8,0);
    tracep->declBus(c+1755,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1756,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1757,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1507,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1758,"cur_reload", false,-1);
    tracep->declBus(c+1759,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1760,"next_valid", false,-1);
    tracep->declBus(c+1761,"first_b", false,-1, 4,0);
    tracep->declBus(c+1762,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1763,"base_row", false,-1, 11,0);
    tracep->declBus(c+1507,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1764,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1765,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1766,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1767,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1768+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1774,"k", false,-1, 6,0);
    tracep->declBus(c+1775,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1776,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1777,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1778,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1779,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1780+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1786,"k", false,-1, 6,0);
    tracep->declBus(c+1787,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1788,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1789,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1790,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1791,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1792+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1798,"k", false,-1, 6,0);
    tracep->declBus(c+1799,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1527,"we", false,-1, 2,0);
    tracep->declQuad(c+1565,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1567,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+101,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1800,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+42,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1536,"raddr", false,-1, 11,0);
    tracep->declBus(c+1537,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1500,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+1534,"pop", false,-1);
    tracep->declQuad(c+1532,"head_data", false,-1, 47,0);
    tracep->declBus(c+1504,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1801+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1809,"head", false,-1, 1,0);
    tracep->declBus(c+1810,"tail", false,-1, 1,0);
    tracep->declBus(c+1504,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+41,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+1547,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1548,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+274,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1811,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+43,"ld_we_w", false,-1);
    tracep->declBit(c+44,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+102,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+103,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1812,"room", false,-1);
    tracep->declBit(c+1813,"idle", false,-1);
    tracep->declBit(c+1814,"drained", false,-1);
    tracep->declBus(c+1815,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1816,"tr_i_valid", false,-1);
    tracep->declBus(c+1817,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1818,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1819,"tr_w_valid", false,-1);
    tracep->declBus(c+1820,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1821,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1822,"tr_m_valid", false,-1);
    tracep->declBus(c+1823,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1824,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1825,"tr_a_valid", false,-1);
    tracep->declBus(c+1826,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1827,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1828,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1829,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1831,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1834,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1835,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1838,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1839,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1840,"se", false,-1, 2,0);
    tracep->declBus(c+1841,"rows", false,-1, 11,0);
    tracep->declBit(c+1842,"unused_se_high", false,-1);
    tracep->declQuad(c+1843,"q_head", false,-1, 47,0);
    tracep->declBus(c+1815,"q_count", false,-1, 2,0);
    tracep->declBit(c+1845,"pop", false,-1);
    tracep->declBit(c+1846,"q_nonempty", false,-1);
    tracep->declBus(c+1847,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1848,"k_word", false,-1, 20,0);
    tracep->declBit(c+1849,"col_busy", false,-1);
    tracep->declBit(c+1816,"issue", false,-1);
    tracep->declBus(c+1850,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1817,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1818,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1851,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1852,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1819,"i_valid", false,-1);
    tracep->declBus(c+1854,"i_x", false,-1, 15,0);
    tracep->declBus(c+1820,"i_j", false,-1, 8,0);
    tracep->declBus(c+1821,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1855,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1856,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1858,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1859,"w_word", false,-1, 47,0);
    tracep->declBit(c+1822,"o_valid", false,-1);
    tracep->declBus(c+1861,"o_x", false,-1, 15,0);
    tracep->declBus(c+1823,"o_j", false,-1, 8,0);
    tracep->declBus(c+1824,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1862,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1863,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1865,"o_w", false,-1, 47,0);
    tracep->declArray(c+1867,"products", false,-1, 95,0);
    tracep->declBit(c+1825,"a_valid", false,-1);
    tracep->declBus(c+1826,"a_j", false,-1, 8,0);
    tracep->declBus(c+1827,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1828,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1829,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1831,"a_products", false,-1, 95,0);
    tracep->declBus(c+1870,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1871,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1873,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1834,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1835,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1838,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1876,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1878,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1870,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1880,"acc", false,-1, 31,0);
    tracep->declBus(c+1881,"product", false,-1, 31,0);
    tracep->declBus(c+1882,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1883,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1885,"w", false,-1, 15,0);
    tracep->declBus(c+1861,"x", false,-1, 15,0);
    tracep->declBus(c+1886,"product", false,-1, 31,0);
    tracep->declBus(c+1885,"ws", false,-1, 15,0);
    tracep->declBus(c+1861,"xs", false,-1, 15,0);
    tracep->declBus(c+1886,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1880,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1887,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1888,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1889,"half", false,-1, 32,0);
    tracep->declQuad(c+1891,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1893,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1895,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1896,"acc", false,-1, 31,0);
    tracep->declBus(c+1897,"product", false,-1, 31,0);
    tracep->declBus(c+1898,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1899,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1901,"w", false,-1, 15,0);
    tracep->declBus(c+1861,"x", false,-1, 15,0);
    tracep->declBus(c+1902,"product", false,-1, 31,0);
    tracep->declBus(c+1901,"ws", false,-1, 15,0);
    tracep->declBus(c+1861,"xs", false,-1, 15,0);
    tracep->declBus(c+1902,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1896,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1903,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1904,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1889,"half", false,-1, 32,0);
    tracep->declQuad(c+1905,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1907,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1909,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1910,"acc", false,-1, 31,0);
    tracep->declBus(c+1911,"product", false,-1, 31,0);
    tracep->declBus(c+1912,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1913,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1915,"w", false,-1, 15,0);
    tracep->declBus(c+1861,"x", false,-1, 15,0);
    tracep->declBus(c+1916,"product", false,-1, 31,0);
    tracep->declBus(c+1915,"ws", false,-1, 15,0);
    tracep->declBus(c+1861,"xs", false,-1, 15,0);
    tracep->declBus(c+1916,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1910,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+1917,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+1918,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1889,"half", false,-1, 32,0);
    tracep->declQuad(c+1919,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1921,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+1871,"raddr", false,-1, 35,0);
    tracep->declArray(c+1873,"rdata", false,-1, 95,0);
    tracep->declBus(c+1834,"we", false,-1, 2,0);
    tracep->declQuad(c+1829,"waddr", false,-1, 35,0);
    tracep->declArray(c+1835,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+102,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1923,"live", false,-1, 4095,0);
    tracep->declBus(c+2051,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+274,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1840,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+1846,"head_valid", false,-1);
    tracep->declBus(c+2052,"head_x", false,-1, 15,0);
    tracep->declBus(c+2053,"head_j", false,-1, 8,0);
    tracep->declBus(c+2054,"head_c", false,-1, 8,0);
    tracep->declBus(c+2055,"head_t", false,-1, 6,0);
    tracep->declBus(c+2056,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1845,"pop", false,-1);
    tracep->declBus(c+1847,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1848,"k_word", false,-1, 20,0);
    tracep->declBit(c+1849,"busy", false,-1);
    tracep->declBit(c+1816,"issue", false,-1);
    tracep->declBus(c+1850,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1817,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1818,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1851,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1852,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+1849,"col_valid", false,-1);
    tracep->declBit(c+2057,"col_reload", false,-1);
    tracep->declBus(c+2058,"col_x", false,-1, 15,0);
    tracep->declBus(c+2059,"col_j", false,-1, 8,0);
    tracep->declBus(c+2060,"col_c", false,-1, 8,0);
    tracep->declBus(c+2061,"col_t", false,-1, 6,0);
    tracep->declBus(c+2062,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2063,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2064,"k_valid", false,-1);
    tracep->declBus(c+2065,"k_col", false,-1, 8,0);
    tracep->declBus(c+2066,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2067,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2068,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1818,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2069,"cur_reload", false,-1);
    tracep->declBus(c+2070,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2071,"next_valid", false,-1);
    tracep->declBus(c+2072,"first_b", false,-1, 4,0);
    tracep->declBus(c+2073,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2074,"base_row", false,-1, 11,0);
    tracep->declBus(c+1818,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2075,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2076,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2077,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2078,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2079+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2085,"k", false,-1, 6,0);
    tracep->declBus(c+2086,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2087,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2088,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2089,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2090,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2091+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2097,"k", false,-1, 6,0);
    tracep->declBus(c+2098,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2099,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2100,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2101,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2102,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2103+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2109,"k", false,-1, 6,0);
    tracep->declBus(c+2110,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1838,"we", false,-1, 2,0);
    tracep->declQuad(c+1876,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1878,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+103,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2111,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+44,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1847,"raddr", false,-1, 11,0);
    tracep->declBus(c+1848,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1811,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+1845,"pop", false,-1);
    tracep->declQuad(c+1843,"head_data", false,-1, 47,0);
    tracep->declBus(c+1815,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2112+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2120,"head", false,-1, 1,0);
    tracep->declBus(c+2121,"tail", false,-1, 1,0);
    tracep->declBus(c+1815,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+43,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+1858,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1859,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+275,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2122,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+45,"ld_we_w", false,-1);
    tracep->declBit(c+46,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+104,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+105,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2123,"room", false,-1);
    tracep->declBit(c+2124,"idle", false,-1);
    tracep->declBit(c+2125,"drained", false,-1);
    tracep->declBus(c+2126,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2127,"tr_i_valid", false,-1);
    tracep->declBus(c+2128,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2129,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2130,"tr_w_valid", false,-1);
    tracep->declBus(c+2131,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2132,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2133,"tr_m_valid", false,-1);
    tracep->declBus(c+2134,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2135,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2136,"tr_a_valid", false,-1);
    tracep->declBus(c+2137,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2138,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2139,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2140,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2142,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2145,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2146,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2149,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2150,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2151,"se", false,-1, 2,0);
    tracep->declBus(c+2152,"rows", false,-1, 11,0);
    tracep->declBit(c+2153,"unused_se_high", false,-1);
    tracep->declQuad(c+2154,"q_head", false,-1, 47,0);
    tracep->declBus(c+2126,"q_count", false,-1, 2,0);
    tracep->declBit(c+2156,"pop", false,-1);
    tracep->declBit(c+2157,"q_nonempty", false,-1);
    tracep->declBus(c+2158,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2159,"k_word", false,-1, 20,0);
    tracep->declBit(c+2160,"col_busy", false,-1);
    tracep->declBit(c+2127,"issue", false,-1);
    tracep->declBus(c+2161,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2128,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2129,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2162,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2163,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2130,"i_valid", false,-1);
    tracep->declBus(c+2165,"i_x", false,-1, 15,0);
    tracep->declBus(c+2131,"i_j", false,-1, 8,0);
    tracep->declBus(c+2132,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2166,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2167,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2169,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2170,"w_word", false,-1, 47,0);
    tracep->declBit(c+2133,"o_valid", false,-1);
    tracep->declBus(c+2172,"o_x", false,-1, 15,0);
    tracep->declBus(c+2134,"o_j", false,-1, 8,0);
    tracep->declBus(c+2135,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2173,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2174,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2176,"o_w", false,-1, 47,0);
    tracep->declArray(c+2178,"products", false,-1, 95,0);
    tracep->declBit(c+2136,"a_valid", false,-1);
    tracep->declBus(c+2137,"a_j", false,-1, 8,0);
    tracep->declBus(c+2138,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2139,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2140,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2142,"a_products", false,-1, 95,0);
    tracep->declBus(c+2181,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2182,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2184,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2145,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2146,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2149,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2187,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2189,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2181,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2191,"acc", false,-1, 31,0);
    tracep->declBus(c+2192,"product", false,-1, 31,0);
    tracep->declBus(c+2193,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2194,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2196,"w", false,-1, 15,0);
    tracep->declBus(c+2172,"x", false,-1, 15,0);
    tracep->declBus(c+2197,"product", false,-1, 31,0);
    tracep->declBus(c+2196,"ws", false,-1, 15,0);
    tracep->declBus(c+2172,"xs", false,-1, 15,0);
    tracep->declBus(c+2197,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2191,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2198,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2199,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2200,"half", false,-1, 32,0);
    tracep->declQuad(c+2202,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2204,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2206,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2207,"acc", false,-1, 31,0);
    tracep->declBus(c+2208,"product", false,-1, 31,0);
    tracep->declBus(c+2209,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2210,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2212,"w", false,-1, 15,0);
    tracep->declBus(c+2172,"x", false,-1, 15,0);
    tracep->declBus(c+2213,"product", false,-1, 31,0);
    tracep->declBus(c+2212,"ws", false,-1, 15,0);
    tracep->declBus(c+2172,"xs", false,-1, 15,0);
    tracep->declBus(c+2213,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2207,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2214,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2215,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2200,"half", false,-1, 32,0);
    tracep->declQuad(c+2216,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2218,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2220,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2221,"acc", false,-1, 31,0);
    tracep->declBus(c+2222,"product", false,-1, 31,0);
    tracep->declBus(c+2223,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2224,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2226,"w", false,-1, 15,0);
    tracep->declBus(c+2172,"x", false,-1, 15,0);
    tracep->declBus(c+2227,"product", false,-1, 31,0);
    tracep->declBus(c+2226,"ws", false,-1, 15,0);
    tracep->declBus(c+2172,"xs", false,-1, 15,0);
    tracep->declBus(c+2227,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2221,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2228,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2229,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2200,"half", false,-1, 32,0);
    tracep->declQuad(c+2230,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2232,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+2182,"raddr", false,-1, 35,0);
    tracep->declArray(c+2184,"rdata", false,-1, 95,0);
    tracep->declBus(c+2145,"we", false,-1, 2,0);
    tracep->declQuad(c+2140,"waddr", false,-1, 35,0);
    tracep->declArray(c+2146,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+104,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2234,"live", false,-1, 4095,0);
    tracep->declBus(c+2362,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+275,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2151,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+2157,"head_valid", false,-1);
    tracep->declBus(c+2363,"head_x", false,-1, 15,0);
    tracep->declBus(c+2364,"head_j", false,-1, 8,0);
    tracep->declBus(c+2365,"head_c", false,-1, 8,0);
    tracep->declBus(c+2366,"head_t", false,-1, 6,0);
    tracep->declBus(c+2367,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2156,"pop", false,-1);
    tracep->declBus(c+2158,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2159,"k_word", false,-1, 20,0);
    tracep->declBit(c+2160,"busy", false,-1);
    tracep->declBit(c+2127,"issue", false,-1);
    tracep->declBus(c+2161,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2128,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2129,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2162,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2163,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+2160,"col_valid", false,-1);
    tracep->declBit(c+2368,"col_reload", false,-1);
    tracep->declBus(c+2369,"col_x", false,-1, 15,0);
    tracep->declBus(c+2370,"col_j", false,-1, 8,0);
    tracep->declBus(c+2371,"col_c", false,-1, 8,0);
    tracep->declBus(c+2372,"col_t", false,-1, 6,0);
    tracep->declBus(c+2373,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2374,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2375,"k_valid", false,-1);
    tracep->declBus(c+2376,"k_col", false,-1, 8,0);
    tracep->declBus(c+2377,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2378,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2379,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2129,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2380,"cur_reload", false,-1);
    tracep->declBus(c+2381,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2382,"next_valid", false,-1);
    tracep->declBus(c+2383,"first_b", false,-1, 4,0);
    tracep->declBus(c+2384,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2385,"base_row", false,-1, 11,0);
    tracep->declBus(c+2129,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2386,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2387,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2388,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2389,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2390+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2396,"k", false,-1, 6,0);
    tracep->declBus(c+2397,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2398,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2399,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2400,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2401,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2402+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2408,"k", false,-1, 6,0);
    tracep->declBus(c+2409,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2410,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2411,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2412,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2413,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2414+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2420,"k", false,-1, 6,0);
    tracep->declBus(c+2421,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2149,"we", false,-1, 2,0);
    tracep->declQuad(c+2187,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2189,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+105,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2422,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+46,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2158,"raddr", false,-1, 11,0);
    tracep->declBus(c+2159,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2122,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+2156,"pop", false,-1);
    tracep->declQuad(c+2154,"head_data", false,-1, 47,0);
    tracep->declBus(c+2126,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2423+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2431,"head", false,-1, 1,0);
    tracep->declBus(c+2432,"tail", false,-1, 1,0);
    tracep->declBus(c+2126,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+45,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+2169,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2170,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+276,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2433,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+47,"ld_we_w", false,-1);
    tracep->declBit(c+48,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+106,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+107,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2434,"room", false,-1);
    tracep->declBit(c+2435,"idle", false,-1);
    tracep->declBit(c+2436,"drained", false,-1);
    tracep->declBus(c+2437,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2438,"tr_i_valid", false,-1);
    tracep->declBus(c+2439,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2440,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2441,"tr_w_valid", false,-1);
    tracep->declBus(c+2442,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2443,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2444,"tr_m_valid", false,-1);
    tracep->declBus(c+2445,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2446,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2447,"tr_a_valid", false,-1);
    tracep->declBus(c+2448,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2449,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2450,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2451,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2453,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2456,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2457,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2460,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2461,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2462,"se", false,-1, 2,0);
    tracep->declBus(c+2463,"rows", false,-1, 11,0);
    tracep->declBit(c+2464,"unused_se_high", false,-1);
    tracep->declQuad(c+2465,"q_head", false,-1, 47,0);
    tracep->declBus(c+2437,"q_count", false,-1, 2,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declBit(c+2468,"q_nonempty", false,-1);
    tracep->declBus(c+2469,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2470,"k_word", false,-1, 20,0);
    tracep->declBit(c+2471,"col_busy", false,-1);
    tracep->declBit(c+2438,"issue", false,-1);
    tracep->declBus(c+2472,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2439,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2440,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2473,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2474,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2441,"i_valid", false,-1);
    tracep->declBus(c+2476,"i_x", false,-1, 15,0);
    tracep->declBus(c+2442,"i_j", false,-1, 8,0);
    tracep->declBus(c+2443,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2477,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2478,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2480,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2481,"w_word", false,-1, 47,0);
    tracep->declBit(c+2444,"o_valid", false,-1);
    tracep->declBus(c+2483,"o_x", false,-1, 15,0);
    tracep->declBus(c+2445,"o_j", false,-1, 8,0);
    tracep->declBus(c+2446,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2484,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2485,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2487,"o_w", false,-1, 47,0);
    tracep->declArray(c+2489,"products", false,-1, 95,0);
    tracep->declBit(c+2447,"a_valid", false,-1);
    tracep->declBus(c+2448,"a_j", false,-1, 8,0);
    tracep->declBus(c+2449,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2450,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2451,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2453,"a_products", false,-1, 95,0);
    tracep->declBus(c+2492,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2493,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2495,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2456,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2457,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2460,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2498,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2500,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2492,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2502,"acc", false,-1, 31,0);
    tracep->declBus(c+2503,"product", false,-1, 31,0);
    tracep->declBus(c+2504,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2505,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2507,"w", false,-1, 15,0);
    tracep->declBus(c+2483,"x", false,-1, 15,0);
    tracep->declBus(c+2508,"product", false,-1, 31,0);
    tracep->declBus(c+2507,"ws", false,-1, 15,0);
    tracep->declBus(c+2483,"xs", false,-1, 15,0);
    tracep->declBus(c+2508,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2502,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2509,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2510,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2511,"half", false,-1, 32,0);
    tracep->declQuad(c+2513,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2515,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2517,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2518,"acc", false,-1, 31,0);
    tracep->declBus(c+2519,"product", false,-1, 31,0);
    tracep->declBus(c+2520,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2521,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2523,"w", false,-1, 15,0);
    tracep->declBus(c+2483,"x", false,-1, 15,0);
    tracep->declBus(c+2524,"product", false,-1, 31,0);
    tracep->declBus(c+2523,"ws", false,-1, 15,0);
    tracep->declBus(c+2483,"xs", false,-1, 15,0);
    tracep->declBus(c+2524,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2518,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2525,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2526,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2511,"half", false,-1, 32,0);
    tracep->declQuad(c+2527,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2529,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2531,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2532,"acc", false,-1, 31,0);
    tracep->declBus(c+2533,"product", false,-1, 31,0);
    tracep->declBus(c+2534,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2535,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2537,"w", false,-1, 15,0);
    tracep->declBus(c+2483,"x", false,-1, 15,0);
    tracep->declBus(c+2538,"product", false,-1, 31,0);
    tracep->declBus(c+2537,"ws", false,-1, 15,0);
    tracep->declBus(c+2483,"xs", false,-1, 15,0);
    tracep->declBus(c+2538,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2532,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2539,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2540,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2511,"half", false,-1, 32,0);
    tracep->declQuad(c+2541,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2543,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+2493,"raddr", false,-1, 35,0);
    tracep->declArray(c+2495,"rdata", false,-1, 95,0);
    tracep->declBus(c+2456,"we", false,-1, 2,0);
    tracep->declQuad(c+2451,"waddr", false,-1, 35,0);
    tracep->declArray(c+2457,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+106,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2545,"live", false,-1, 4095,0);
    tracep->declBus(c+2673,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+276,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2462,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+2468,"head_valid", false,-1);
    tracep->declBus(c+2674,"head_x", false,-1, 15,0);
    tracep->declBus(c+2675,"head_j", false,-1, 8,0);
    tracep->declBus(c+2676,"head_c", false,-1, 8,0);
    tracep->declBus(c+2677,"head_t", false,-1, 6,0);
    tracep->declBus(c+2678,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declBus(c+2469,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2470,"k_word", false,-1, 20,0);
    tracep->declBit(c+2471,"busy", false,-1);
    tracep->declBit(c+2438,"issue", false,-1);
    tracep->declBus(c+2472,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2439,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2440,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2473,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2474,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+2471,"col_valid", false,-1);
    tracep->declBit(c+2679,"col_reload", false,-1);
    tracep->declBus(c+2680,"col_x", false,-1, 15,0);
    tracep->declBus(c+2681,"col_j", false,-1, 8,0);
    tracep->declBus(c+2682,"col_c", false,-1, 8,0);
    tracep->declBus(c+2683,"col_t", false,-1, 6,0);
    tracep->declBus(c+2684,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2685,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2686,"k_valid", false,-1);
    tracep->declBus(c+2687,"k_col", false,-1, 8,0);
    tracep->declBus(c+2688,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2689,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2690,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2440,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2691,"cur_reload", false,-1);
    tracep->declBus(c+2692,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2693,"next_valid", false,-1);
    tracep->declBus(c+2694,"first_b", false,-1, 4,0);
    tracep->declBus(c+2695,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2696,"base_row", false,-1, 11,0);
    tracep->declBus(c+2440,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2697,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2698,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2699,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2700,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2701+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2707,"k", false,-1, 6,0);
    tracep->declBus(c+2708,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2709,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2710,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2711,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2712,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2713+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2719,"k", false,-1, 6,0);
    tracep->declBus(c+2720,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2721,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2722,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2723,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2724,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2725+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2731,"k", false,-1, 6,0);
    tracep->declBus(c+2732,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2460,"we", false,-1, 2,0);
    tracep->declQuad(c+2498,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2500,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+107,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2733,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+48,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2469,"raddr", false,-1, 11,0);
    tracep->declBus(c+2470,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2433,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declQuad(c+2465,"head_data", false,-1, 47,0);
    tracep->declBus(c+2437,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2734+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2742,"head", false,-1, 1,0);
    tracep->declBus(c+2743,"tail", false,-1, 1,0);
    tracep->declBus(c+2437,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+47,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+2480,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2481,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3057,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3060,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3061,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3058,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBus(c+3056,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBit(c+136,"drain", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+277,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+122,"cfg_relu", false,-1);
    tracep->declBus(c+121,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2744,"push", false,-1);
    tracep->declBus(c+137,"push_x", false,-1, 15,0);
    tracep->declBus(c+112,"push_j", false,-1, 8,0);
    tracep->declBus(c+138,"push_c", false,-1, 8,0);
    tracep->declBus(c+139,"push_t", false,-1, 6,0);
    tracep->declBus(c+140,"push_cm", false,-1, 6,0);
    tracep->declBit(c+49,"ld_we_w", false,-1);
    tracep->declBit(c+50,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declBus(c+35,"ld_lane", false,-1, 1,0);
    tracep->declBus(c+19,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+108,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+109,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2745,"room", false,-1);
    tracep->declBit(c+2746,"idle", false,-1);
    tracep->declBit(c+2747,"drained", false,-1);
    tracep->declBus(c+2748,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2749,"tr_i_valid", false,-1);
    tracep->declBus(c+2750,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2751,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2752,"tr_w_valid", false,-1);
    tracep->declBus(c+2753,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2754,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2755,"tr_m_valid", false,-1);
    tracep->declBus(c+2756,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2757,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2758,"tr_a_valid", false,-1);
    tracep->declBus(c+2759,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2760,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2761,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2762,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2764,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2767,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2768,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2771,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3098,"QDW", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3101,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3103,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3076,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2772,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2773,"se", false,-1, 2,0);
    tracep->declBus(c+2774,"rows", false,-1, 11,0);
    tracep->declBit(c+2775,"unused_se_high", false,-1);
    tracep->declQuad(c+2776,"q_head", false,-1, 47,0);
    tracep->declBus(c+2748,"q_count", false,-1, 2,0);
    tracep->declBit(c+2778,"pop", false,-1);
    tracep->declBit(c+2779,"q_nonempty", false,-1);
    tracep->declBus(c+2780,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2781,"k_word", false,-1, 20,0);
    tracep->declBit(c+2782,"col_busy", false,-1);
    tracep->declBit(c+2749,"issue", false,-1);
    tracep->declBus(c+2783,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2750,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2751,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2784,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2785,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2752,"i_valid", false,-1);
    tracep->declBus(c+2787,"i_x", false,-1, 15,0);
    tracep->declBus(c+2753,"i_j", false,-1, 8,0);
    tracep->declBus(c+2754,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2788,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2789,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2791,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2792,"w_word", false,-1, 47,0);
    tracep->declBit(c+2755,"o_valid", false,-1);
    tracep->declBus(c+2794,"o_x", false,-1, 15,0);
    tracep->declBus(c+2756,"o_j", false,-1, 8,0);
    tracep->declBus(c+2757,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2795,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2796,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2798,"o_w", false,-1, 47,0);
    tracep->declArray(c+2800,"products", false,-1, 95,0);
    tracep->declBit(c+2758,"a_valid", false,-1);
    tracep->declBus(c+2759,"a_j", false,-1, 8,0);
    tracep->declBus(c+2760,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2761,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2762,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2764,"a_products", false,-1, 95,0);
    tracep->declBus(c+2803,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2804,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2806,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2767,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2768,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2771,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2809,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2811,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2803,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2813,"acc", false,-1, 31,0);
    tracep->declBus(c+2814,"product", false,-1, 31,0);
    tracep->declBus(c+2815,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2816,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2818,"w", false,-1, 15,0);
    tracep->declBus(c+2794,"x", false,-1, 15,0);
    tracep->declBus(c+2819,"product", false,-1, 31,0);
    tracep->declBus(c+2818,"ws", false,-1, 15,0);
    tracep->declBus(c+2794,"xs", false,-1, 15,0);
    tracep->declBus(c+2819,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2813,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2820,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2821,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2822,"half", false,-1, 32,0);
    tracep->declQuad(c+2824,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2826,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2828,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2829,"acc", false,-1, 31,0);
    tracep->declBus(c+2830,"product", false,-1, 31,0);
    tracep->declBus(c+2831,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2832,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2834,"w", false,-1, 15,0);
    tracep->declBus(c+2794,"x", false,-1, 15,0);
    tracep->declBus(c+2835,"product", false,-1, 31,0);
    tracep->declBus(c+2834,"ws", false,-1, 15,0);
    tracep->declBus(c+2794,"xs", false,-1, 15,0);
    tracep->declBus(c+2835,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2829,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2836,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2837,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2822,"half", false,-1, 32,0);
    tracep->declQuad(c+2838,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2840,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2842,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2843,"acc", false,-1, 31,0);
    tracep->declBus(c+2844,"product", false,-1, 31,0);
    tracep->declBus(c+2845,"sum", false,-1, 31,0);
    tracep->declBus(c+3105,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3106,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3108,"MIN", false,-1, 32,0);
    tracep->declBus(c+3110,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3111,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2846,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2848,"w", false,-1, 15,0);
    tracep->declBus(c+2794,"x", false,-1, 15,0);
    tracep->declBus(c+2849,"product", false,-1, 31,0);
    tracep->declBus(c+2848,"ws", false,-1, 15,0);
    tracep->declBus(c+2794,"xs", false,-1, 15,0);
    tracep->declBus(c+2849,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3059,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2843,"acc", false,-1, 31,0);
    tracep->declBit(c+122,"relu", false,-1);
    tracep->declBus(c+121,"frac", false,-1, 3,0);
    tracep->declBus(c+2850,"out", false,-1, 15,0);
    tracep->declBus(c+3105,"QW", false,-1, 31,0);
    tracep->declQuad(c+3112,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3114,"MIN", false,-1, 32,0);
    tracep->declBus(c+2851,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2822,"half", false,-1, 32,0);
    tracep->declQuad(c+2852,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2854,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3059,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declQuad(c+2804,"raddr", false,-1, 35,0);
    tracep->declArray(c+2806,"rdata", false,-1, 95,0);
    tracep->declBus(c+2767,"we", false,-1, 2,0);
    tracep->declQuad(c+2762,"waddr", false,-1, 35,0);
    tracep->declArray(c+2768,"wdata", false,-1, 95,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+108,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2856,"live", false,-1, 4095,0);
    tracep->declBus(c+2984,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3056,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3065,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3062,"PW", false,-1, 31,0);
    tracep->declBus(c+3063,"CW", false,-1, 31,0);
    tracep->declBus(c+3056,"SW", false,-1, 31,0);
    tracep->declBus(c+3066,"LW", false,-1, 31,0);
    tracep->declBus(c+3064,"BW", false,-1, 31,0);
    tracep->declBus(c+3067,"RW", false,-1, 31,0);
    tracep->declBus(c+3067,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+135,"compute", false,-1);
    tracep->declBus(c+120,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+277,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2773,"slots", false,-1, 2,0);
    tracep->declBit(c+123,"cfg_formula", false,-1);
    tracep->declBit(c+2779,"head_valid", false,-1);
    tracep->declBus(c+2985,"head_x", false,-1, 15,0);
    tracep->declBus(c+2986,"head_j", false,-1, 8,0);
    tracep->declBus(c+2987,"head_c", false,-1, 8,0);
    tracep->declBus(c+2988,"head_t", false,-1, 6,0);
    tracep->declBus(c+2989,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2778,"pop", false,-1);
    tracep->declBus(c+2780,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2781,"k_word", false,-1, 20,0);
    tracep->declBit(c+2782,"busy", false,-1);
    tracep->declBit(c+2749,"issue", false,-1);
    tracep->declBus(c+2783,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2750,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2751,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2784,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2785,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3099,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3102,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3071,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3056,"KAW", false,-1, 31,0);
    tracep->declBit(c+2782,"col_valid", false,-1);
    tracep->declBit(c+2990,"col_reload", false,-1);
    tracep->declBus(c+2991,"col_x", false,-1, 15,0);
    tracep->declBus(c+2992,"col_j", false,-1, 8,0);
    tracep->declBus(c+2993,"col_c", false,-1, 8,0);
    tracep->declBus(c+2994,"col_t", false,-1, 6,0);
    tracep->declBus(c+2995,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2996,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2997,"k_valid", false,-1);
    tracep->declBus(c+2998,"k_col", false,-1, 8,0);
    tracep->declBus(c+2999,"cur_c", false,-1, 8,0);
    tracep->declBus(c+3000,"cur_t", false,-1, 6,0);
    tracep->declBus(c+3001,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2751,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+3002,"cur_reload", false,-1);
    tracep->declBus(c+3003,"next_slot", false,-1, 2,0);
    tracep->declBit(c+3004,"next_valid", false,-1);
    tracep->declBus(c+3005,"first_b", false,-1, 4,0);
    tracep->declBus(c+3006,"rest_b", false,-1, 4,0);
    tracep->declBus(c+827,"p_wide", false,-1, 11,0);
    tracep->declBus(c+3007,"base_row", false,-1, 11,0);
    tracep->declBus(c+2751,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3104,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3008,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3009,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3010,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3011,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3012+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3018,"k", false,-1, 6,0);
    tracep->declBus(c+3019,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3116,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3020,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3021,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3022,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3023,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3024+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3030,"k", false,-1, 6,0);
    tracep->declBus(c+3031,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3117,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3032,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3033,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3034,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3035,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3036+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3042,"k", false,-1, 6,0);
    tracep->declBus(c+3043,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2771,"we", false,-1, 2,0);
    tracep->declQuad(c+2809,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2811,"wdata", false,-1, 47,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+109,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+3044,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3062,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+50,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2780,"raddr", false,-1, 11,0);
    tracep->declBus(c+2781,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3057,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3098,"DW", false,-1, 31,0);
    tracep->declBus(c+3056,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2744,"push", false,-1);
    tracep->declQuad(c+866,"push_data", false,-1, 47,0);
    tracep->declBit(c+2778,"pop", false,-1);
    tracep->declQuad(c+2776,"head_data", false,-1, 47,0);
    tracep->declBus(c+2748,"count", false,-1, 2,0);
    tracep->declBus(c+3066,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3099,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3071,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+3045+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+3053,"head", false,-1, 1,0);
    tracep->declBus(c+3054,"tail", false,-1, 1,0);
    tracep->declBus(c+2748,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3067,"AW", false,-1, 31,0);
    tracep->declBus(c+3056,"LANES", false,-1, 31,0);
    tracep->declBus(c+3058,"LBITS", false,-1, 31,0);
    tracep->declBus(c+3066,"LIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+49,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+35,"wlane", false,-1, 1,0);
    tracep->declBus(c+19,"wdata", false,-1, 15,0);
    tracep->declBus(c+2791,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2792,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3068,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3069,"LANE", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3070,"LANE", false,-1, 1,0);
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
    bufp->fullCData(oldp+18,(vlSelf->__Vcellinp__permdnn_engine__ld_lane),4);
    bufp->fullSData(oldp+19,(vlSelf->__Vcellinp__permdnn_engine__ld_data),16);
    bufp->fullCData(oldp+20,(vlSelf->__Vcellinp__permdnn_engine__dbg_pe),3);
    bufp->fullSData(oldp+21,(vlSelf->__Vcellinp__permdnn_engine__dbg_row),12);
    bufp->fullBit(oldp+22,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected));
    bufp->fullBit(oldp+23,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected));
    bufp->fullBit(oldp+24,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected));
    bufp->fullBit(oldp+25,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected));
    bufp->fullBit(oldp+26,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected));
    bufp->fullBit(oldp+27,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected));
    bufp->fullBit(oldp+28,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected));
    bufp->fullBit(oldp+29,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected));
    bufp->fullBit(oldp+30,(vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we));
    bufp->fullCData(oldp+31,((0xfU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr))),4);
    bufp->fullBit(oldp+32,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear));
    bufp->fullBit(oldp+33,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+34,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k));
    bufp->fullCData(oldp+35,((3U & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_lane))),2);
    bufp->fullCData(oldp+36,((0x7fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data))),7);
    bufp->fullBit(oldp+37,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+38,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+39,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+40,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+41,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+42,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+43,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+44,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+45,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+46,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+47,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+48,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k));
    bufp->fullBit(oldp+49,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+50,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+51,(vlSelf->permdnn_engine__DOT__pe_acc
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),32);
    bufp->fullSData(oldp+52,(vlSelf->permdnn_engine__DOT__pe_out
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),16);
    bufp->fullBit(oldp+53,((1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                  >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe)))));
    bufp->fullCData(oldp+54,(vlSelf->permdnn_engine__DOT__pe_qcount
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    bufp->fullBit(oldp+55,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+56,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+57,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0))),3);
    bufp->fullBit(oldp+58,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+59,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+60,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0))),3);
    bufp->fullBit(oldp+61,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+62,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+63,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0))),3);
    bufp->fullBit(oldp+64,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+65,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+66,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0))),3);
    bufp->fullCData(oldp+67,(vlSelf->permdnn_engine__DOT__pe_a_active
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),2);
    bufp->fullQData(oldp+68,(vlSelf->permdnn_engine__DOT__pe_a_rows
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),36);
    __Vtemp_h79e5cd07__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h79e5cd07__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h79e5cd07__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    bufp->fullWData(oldp+70,(__Vtemp_h79e5cd07__0),96);
    bufp->fullCData(oldp+73,(vlSelf->permdnn_engine__DOT__pe_acc_we
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    __Vtemp_ha4832ddf__0[0U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_ha4832ddf__0[1U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_ha4832ddf__0[2U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    bufp->fullWData(oldp+74,(__Vtemp_ha4832ddf__0),96);
    bufp->fullCData(oldp+77,(vlSelf->permdnn_engine__DOT__pe_out_we
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    bufp->fullIData(oldp+78,(vlSelf->permdnn_engine__DOT__pe_acc[0]),32);
    bufp->fullIData(oldp+79,(vlSelf->permdnn_engine__DOT__pe_acc[1]),32);
    bufp->fullIData(oldp+80,(vlSelf->permdnn_engine__DOT__pe_acc[2]),32);
    bufp->fullIData(oldp+81,(vlSelf->permdnn_engine__DOT__pe_acc[3]),32);
    bufp->fullIData(oldp+82,(vlSelf->permdnn_engine__DOT__pe_acc[4]),32);
    bufp->fullIData(oldp+83,(vlSelf->permdnn_engine__DOT__pe_acc[5]),32);
    bufp->fullIData(oldp+84,(vlSelf->permdnn_engine__DOT__pe_acc[6]),32);
    bufp->fullIData(oldp+85,(vlSelf->permdnn_engine__DOT__pe_acc[7]),32);
    bufp->fullSData(oldp+86,(vlSelf->permdnn_engine__DOT__pe_out[0]),16);
    bufp->fullSData(oldp+87,(vlSelf->permdnn_engine__DOT__pe_out[1]),16);
    bufp->fullSData(oldp+88,(vlSelf->permdnn_engine__DOT__pe_out[2]),16);
    bufp->fullSData(oldp+89,(vlSelf->permdnn_engine__DOT__pe_out[3]),16);
    bufp->fullSData(oldp+90,(vlSelf->permdnn_engine__DOT__pe_out[4]),16);
    bufp->fullSData(oldp+91,(vlSelf->permdnn_engine__DOT__pe_out[5]),16);
    bufp->fullSData(oldp+92,(vlSelf->permdnn_engine__DOT__pe_out[6]),16);
    bufp->fullSData(oldp+93,(vlSelf->permdnn_engine__DOT__pe_out[7]),16);
    bufp->fullIData(oldp+94,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),32);
    bufp->fullSData(oldp+95,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+96,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),32);
    bufp->fullSData(oldp+97,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+98,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),32);
    bufp->fullSData(oldp+99,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+100,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+102,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+104,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+106,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+108,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullCData(oldp+110,(vlSelf->__Vcellout__permdnn_engine__nzd_action),2);
    bufp->fullCData(oldp+111,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word),5);
    bufp->fullSData(oldp+112,(vlSelf->__Vcellout__permdnn_engine__nzd_j),9);
    bufp->fullBit(oldp+113,(vlSelf->__Vcellout__permdnn_engine__draining));
    bufp->fullBit(oldp+114,(vlSelf->permdnn_engine__DOT__running));
    bufp->fullBit(oldp+115,(((IData)(vlSelf->permdnn_engine__DOT__finished) 
                             | (IData)(vlSelf->permdnn_engine__DOT__finish))));
    bufp->fullIData(oldp+116,(vlSelf->permdnn_engine__DOT__cycle_r),32);
    bufp->fullSData(oldp+117,(vlSelf->permdnn_engine__DOT__n_r),9);
    bufp->fullSData(oldp+118,(vlSelf->permdnn_engine__DOT__end_r),9);
    bufp->fullBit(oldp+119,(vlSelf->permdnn_engine__DOT__drain_cfg_r));
    bufp->fullCData(oldp+120,(vlSelf->permdnn_engine__DOT__p_r),7);
    bufp->fullCData(oldp+121,(vlSelf->permdnn_engine__DOT__frac_r),4);
    bufp->fullBit(oldp+122,(vlSelf->permdnn_engine__DOT__relu_r));
    bufp->fullBit(oldp+123,(vlSelf->permdnn_engine__DOT__formula_r));
    bufp->fullBit(oldp+124,(vlSelf->permdnn_engine__DOT__drain_r));
    bufp->fullBit(oldp+125,(vlSelf->permdnn_engine__DOT__finished));
    bufp->fullCData(oldp+126,(vlSelf->permdnn_engine__DOT__active),8);
    bufp->fullCData(oldp+127,((((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
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
    bufp->fullCData(oldp+128,(vlSelf->permdnn_engine__DOT__idle),8);
    bufp->fullCData(oldp+129,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
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
    bufp->fullBit(oldp+130,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+131,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                | (IData)(vlSelf->permdnn_engine__DOT__idle))))));
    bufp->fullBit(oldp+132,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+133,(((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                             & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending)))));
    bufp->fullBit(oldp+134,(vlSelf->permdnn_engine__DOT__finish));
    bufp->fullBit(oldp+135,(vlSelf->permdnn_engine__DOT__compute));
    bufp->fullBit(oldp+136,(vlSelf->permdnn_engine__DOT__pe_drain));
    bufp->fullSData(oldp+137,(vlSelf->permdnn_engine__DOT__b_x),16);
    bufp->fullSData(oldp+138,(vlSelf->permdnn_engine__DOT__b_c),9);
    bufp->fullCData(oldp+139,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide))),7);
    bufp->fullCData(oldp+140,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))),7);
    bufp->fullBit(oldp+141,((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))));
    bufp->fullCData(oldp+142,(vlSelf->permdnn_engine__DOT__pe_qcount[0]),3);
    bufp->fullCData(oldp+143,(vlSelf->permdnn_engine__DOT__pe_qcount[1]),3);
    bufp->fullCData(oldp+144,(vlSelf->permdnn_engine__DOT__pe_qcount[2]),3);
    bufp->fullCData(oldp+145,(vlSelf->permdnn_engine__DOT__pe_qcount[3]),3);
    bufp->fullCData(oldp+146,(vlSelf->permdnn_engine__DOT__pe_qcount[4]),3);
    bufp->fullCData(oldp+147,(vlSelf->permdnn_engine__DOT__pe_qcount[5]),3);
    bufp->fullCData(oldp+148,(vlSelf->permdnn_engine__DOT__pe_qcount[6]),3);
    bufp->fullCData(oldp+149,(vlSelf->permdnn_engine__DOT__pe_qcount[7]),3);
    bufp->fullSData(oldp+150,(vlSelf->permdnn_engine__DOT__pe_i[0]),13);
    bufp->fullSData(oldp+151,(vlSelf->permdnn_engine__DOT__pe_i[1]),13);
    bufp->fullSData(oldp+152,(vlSelf->permdnn_engine__DOT__pe_i[2]),13);
    bufp->fullSData(oldp+153,(vlSelf->permdnn_engine__DOT__pe_i[3]),13);
    bufp->fullSData(oldp+154,(vlSelf->permdnn_engine__DOT__pe_i[4]),13);
    bufp->fullSData(oldp+155,(vlSelf->permdnn_engine__DOT__pe_i[5]),13);
    bufp->fullSData(oldp+156,(vlSelf->permdnn_engine__DOT__pe_i[6]),13);
    bufp->fullSData(oldp+157,(vlSelf->permdnn_engine__DOT__pe_i[7]),13);
    bufp->fullSData(oldp+158,(vlSelf->permdnn_engine__DOT__pe_w[0]),13);
    bufp->fullSData(oldp+159,(vlSelf->permdnn_engine__DOT__pe_w[1]),13);
    bufp->fullSData(oldp+160,(vlSelf->permdnn_engine__DOT__pe_w[2]),13);
    bufp->fullSData(oldp+161,(vlSelf->permdnn_engine__DOT__pe_w[3]),13);
    bufp->fullSData(oldp+162,(vlSelf->permdnn_engine__DOT__pe_w[4]),13);
    bufp->fullSData(oldp+163,(vlSelf->permdnn_engine__DOT__pe_w[5]),13);
    bufp->fullSData(oldp+164,(vlSelf->permdnn_engine__DOT__pe_w[6]),13);
    bufp->fullSData(oldp+165,(vlSelf->permdnn_engine__DOT__pe_w[7]),13);
    bufp->fullSData(oldp+166,(vlSelf->permdnn_engine__DOT__pe_m[0]),13);
    bufp->fullSData(oldp+167,(vlSelf->permdnn_engine__DOT__pe_m[1]),13);
    bufp->fullSData(oldp+168,(vlSelf->permdnn_engine__DOT__pe_m[2]),13);
    bufp->fullSData(oldp+169,(vlSelf->permdnn_engine__DOT__pe_m[3]),13);
    bufp->fullSData(oldp+170,(vlSelf->permdnn_engine__DOT__pe_m[4]),13);
    bufp->fullSData(oldp+171,(vlSelf->permdnn_engine__DOT__pe_m[5]),13);
    bufp->fullSData(oldp+172,(vlSelf->permdnn_engine__DOT__pe_m[6]),13);
    bufp->fullSData(oldp+173,(vlSelf->permdnn_engine__DOT__pe_m[7]),13);
    bufp->fullSData(oldp+174,(vlSelf->permdnn_engine__DOT__pe_a[0]),13);
    bufp->fullSData(oldp+175,(vlSelf->permdnn_engine__DOT__pe_a[1]),13);
    bufp->fullSData(oldp+176,(vlSelf->permdnn_engine__DOT__pe_a[2]),13);
    bufp->fullSData(oldp+177,(vlSelf->permdnn_engine__DOT__pe_a[3]),13);
    bufp->fullSData(oldp+178,(vlSelf->permdnn_engine__DOT__pe_a[4]),13);
    bufp->fullSData(oldp+179,(vlSelf->permdnn_engine__DOT__pe_a[5]),13);
    bufp->fullSData(oldp+180,(vlSelf->permdnn_engine__DOT__pe_a[6]),13);
    bufp->fullSData(oldp+181,(vlSelf->permdnn_engine__DOT__pe_a[7]),13);
    bufp->fullCData(oldp+182,(vlSelf->permdnn_engine__DOT__pe_a_active[0]),2);
    bufp->fullCData(oldp+183,(vlSelf->permdnn_engine__DOT__pe_a_active[1]),2);
    bufp->fullCData(oldp+184,(vlSelf->permdnn_engine__DOT__pe_a_active[2]),2);
    bufp->fullCData(oldp+185,(vlSelf->permdnn_engine__DOT__pe_a_active[3]),2);
    bufp->fullCData(oldp+186,(vlSelf->permdnn_engine__DOT__pe_a_active[4]),2);
    bufp->fullCData(oldp+187,(vlSelf->permdnn_engine__DOT__pe_a_active[5]),2);
    bufp->fullCData(oldp+188,(vlSelf->permdnn_engine__DOT__pe_a_active[6]),2);
    bufp->fullCData(oldp+189,(vlSelf->permdnn_engine__DOT__pe_a_active[7]),2);
    bufp->fullQData(oldp+190,(vlSelf->permdnn_engine__DOT__pe_a_rows[0]),36);
    bufp->fullQData(oldp+192,(vlSelf->permdnn_engine__DOT__pe_a_rows[1]),36);
    bufp->fullQData(oldp+194,(vlSelf->permdnn_engine__DOT__pe_a_rows[2]),36);
    bufp->fullQData(oldp+196,(vlSelf->permdnn_engine__DOT__pe_a_rows[3]),36);
    bufp->fullQData(oldp+198,(vlSelf->permdnn_engine__DOT__pe_a_rows[4]),36);
    bufp->fullQData(oldp+200,(vlSelf->permdnn_engine__DOT__pe_a_rows[5]),36);
    bufp->fullQData(oldp+202,(vlSelf->permdnn_engine__DOT__pe_a_rows[6]),36);
    bufp->fullQData(oldp+204,(vlSelf->permdnn_engine__DOT__pe_a_rows[7]),36);
    bufp->fullWData(oldp+206,(vlSelf->permdnn_engine__DOT__pe_a_prod[0]),96);
    bufp->fullWData(oldp+209,(vlSelf->permdnn_engine__DOT__pe_a_prod[1]),96);
    bufp->fullWData(oldp+212,(vlSelf->permdnn_engine__DOT__pe_a_prod[2]),96);
    bufp->fullWData(oldp+215,(vlSelf->permdnn_engine__DOT__pe_a_prod[3]),96);
    bufp->fullWData(oldp+218,(vlSelf->permdnn_engine__DOT__pe_a_prod[4]),96);
    bufp->fullWData(oldp+221,(vlSelf->permdnn_engine__DOT__pe_a_prod[5]),96);
    bufp->fullWData(oldp+224,(vlSelf->permdnn_engine__DOT__pe_a_prod[6]),96);
    bufp->fullWData(oldp+227,(vlSelf->permdnn_engine__DOT__pe_a_prod[7]),96);
    bufp->fullCData(oldp+230,(vlSelf->permdnn_engine__DOT__pe_acc_we[0]),3);
    bufp->fullCData(oldp+231,(vlSelf->permdnn_engine__DOT__pe_acc_we[1]),3);
    bufp->fullCData(oldp+232,(vlSelf->permdnn_engine__DOT__pe_acc_we[2]),3);
    bufp->fullCData(oldp+233,(vlSelf->permdnn_engine__DOT__pe_acc_we[3]),3);
    bufp->fullCData(oldp+234,(vlSelf->permdnn_engine__DOT__pe_acc_we[4]),3);
    bufp->fullCData(oldp+235,(vlSelf->permdnn_engine__DOT__pe_acc_we[5]),3);
    bufp->fullCData(oldp+236,(vlSelf->permdnn_engine__DOT__pe_acc_we[6]),3);
    bufp->fullCData(oldp+237,(vlSelf->permdnn_engine__DOT__pe_acc_we[7]),3);
    bufp->fullWData(oldp+238,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[0]),96);
    bufp->fullWData(oldp+241,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[1]),96);
    bufp->fullWData(oldp+244,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[2]),96);
    bufp->fullWData(oldp+247,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[3]),96);
    bufp->fullWData(oldp+250,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[4]),96);
    bufp->fullWData(oldp+253,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[5]),96);
    bufp->fullWData(oldp+256,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[6]),96);
    bufp->fullWData(oldp+259,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[7]),96);
    bufp->fullCData(oldp+262,(vlSelf->permdnn_engine__DOT__pe_out_we[0]),3);
    bufp->fullCData(oldp+263,(vlSelf->permdnn_engine__DOT__pe_out_we[1]),3);
    bufp->fullCData(oldp+264,(vlSelf->permdnn_engine__DOT__pe_out_we[2]),3);
    bufp->fullCData(oldp+265,(vlSelf->permdnn_engine__DOT__pe_out_we[3]),3);
    bufp->fullCData(oldp+266,(vlSelf->permdnn_engine__DOT__pe_out_we[4]),3);
    bufp->fullCData(oldp+267,(vlSelf->permdnn_engine__DOT__pe_out_we[5]),3);
    bufp->fullCData(oldp+268,(vlSelf->permdnn_engine__DOT__pe_out_we[6]),3);
    bufp->fullCData(oldp+269,(vlSelf->permdnn_engine__DOT__pe_out_we[7]),3);
    bufp->fullCData(oldp+270,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+271,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+272,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+273,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+274,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+275,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+276,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+277,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows),5);
    bufp->fullSData(oldp+278,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base),10);
    bufp->fullSData(oldp+279,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base),9);
    bufp->fullSData(oldp+280,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending),16);
    bufp->fullWData(oldp+281,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held),256);
    bufp->fullWData(oldp+289,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata),256);
    bufp->fullBit(oldp+297,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more));
    bufp->fullSData(oldp+298,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining),10);
    bufp->fullBit(oldp+299,((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))));
    bufp->fullSData(oldp+300,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask),16);
    bufp->fullCData(oldp+301,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos),4);
    bufp->fullSData(oldp+302,(vlSelf->permdnn_engine__DOT__p_r),9);
    bufp->fullSData(oldp+303,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                         * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),9);
    bufp->fullSData(oldp+304,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide),9);
    bufp->fullSData(oldp+305,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide),9);
    bufp->fullBit(oldp+306,((1U & VL_REDXOR_32((3U 
                                                & (((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                    ^ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide)) 
                                                   >> 7U))))));
    bufp->fullCData(oldp+307,((0xfU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))),4);
    bufp->fullSData(oldp+308,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+309,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+310,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+311,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+312,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+313,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+314,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+315,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+316,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+317,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+318,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+319,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+320,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+321,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+322,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+323,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+324,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+325,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+326,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+327,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+328,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+329,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+330,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+331,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+332,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+333,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+334,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+335,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+336,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+337,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+338,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+339,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+340,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+341,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+342,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+343,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+344,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+345,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+346,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+347,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+348,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+349,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+350,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+351,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+352,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+353,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+354,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+355,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+356,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+357,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+358,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+359,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+360,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+361,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+362,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+363,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+364,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+365,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+366,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+367,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+368,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+369,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+370,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+371,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+372,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+373,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+374,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+375,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+376,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+377,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+378,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+379,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+380,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+381,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+382,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+383,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+384,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+385,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+386,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+387,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+388,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+389,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+390,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+391,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+392,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+393,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+394,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+395,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+396,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+397,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+398,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+399,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+400,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+401,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+402,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+403,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+404,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+405,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+406,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+407,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+408,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+409,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+410,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+411,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+412,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+413,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+414,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+415,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+416,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+417,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+418,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+419,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+420,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+421,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+422,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+423,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+424,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+425,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+426,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+427,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+428,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+429,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+430,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+431,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+432,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+433,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+434,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+435,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+436,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+437,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+438,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+439,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+440,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+441,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+442,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+443,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+444,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+445,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+446,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+447,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+448,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+449,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+450,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+451,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+452,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+453,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+454,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+455,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+456,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+457,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+458,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+459,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+460,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+461,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+462,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+463,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+464,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+465,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+466,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+467,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+468,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+469,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+470,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+471,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+472,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+473,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+474,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+475,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+476,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+477,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+478,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+479,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+480,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+481,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+482,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+483,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+484,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+485,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+486,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+487,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+488,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+489,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+490,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+491,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+492,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+493,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+494,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+495,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+496,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+497,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+498,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+499,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+500,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+501,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+502,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+503,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+504,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+505,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+506,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+507,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+508,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+509,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+510,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+511,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+512,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+513,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+514,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+515,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+516,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+517,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+518,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+519,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+520,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+521,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+522,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+523,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+524,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+525,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+526,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+527,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+528,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+529,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+530,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+531,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+532,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+533,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+534,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+535,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+536,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+537,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+538,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+539,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+540,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+541,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+542,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+543,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+544,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+545,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+546,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+547,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+548,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+549,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+550,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+551,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+552,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+553,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+554,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+555,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+556,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+557,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+558,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+559,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+560,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+561,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+562,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+563,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[15]),16);
    bufp->fullBit(oldp+564,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+565,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+566,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+567,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+568,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+570,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+571,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+573,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+574,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+575,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+576,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+577,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+578,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+579,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+587,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+592,((0x1fU & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+593,((7U & VL_DIV_III(5, (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+595,((1U & VL_REDXOR_32((3U 
                                                & (VL_DIV_III(5, 
                                                              (0x1fU 
                                                               & ((IData)(2U) 
                                                                  + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)) 
                                                   >> 3U))))));
    bufp->fullQData(oldp+596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+599,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+601,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                             << 7U) 
                                            | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+603,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullCData(oldp+604,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+605,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+611,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+612,((((QData)((IData)(((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr] 
                                                  << 0x10U) 
                                                 | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr]))) 
                                << 0x10U) | (QData)((IData)(
                                                            vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+615,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+618,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+620,(__Vtemp_h32cdafa3__0),96);
    bufp->fullSData(oldp+623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+624,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+626,(__Vtemp_hfc3b8210__0),96);
    bufp->fullQData(oldp+629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+633,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+635,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+638,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+639,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+640,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+641,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+642,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+644,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+646,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+648,((0xfffU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+649,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+651,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+652,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+654,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x10U)))),16);
    bufp->fullIData(oldp+655,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x10U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+656,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+657,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+658,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+660,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+662,((0xfffU & ((IData)(2U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+664,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+665,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+668,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x20U)))),16);
    bufp->fullIData(oldp+669,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x20U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+670,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+671,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+672,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+674,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+676,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+804,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+805,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x20U)))),16);
    bufp->fullSData(oldp+806,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0x17U)))),9);
    bufp->fullSData(oldp+807,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0xeU)))),9);
    bufp->fullCData(oldp+808,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                >> 7U)))),7);
    bufp->fullCData(oldp+809,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+819,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                          : (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU))))),9);
    bufp->fullCData(oldp+820,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+823,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+825,((0x1fU & ((IData)(3U) 
                                        * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+827,(vlSelf->permdnn_engine__DOT__p_r),12);
    bufp->fullSData(oldp+828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+831,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+837,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+840,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+843,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+850,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+852,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+855,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+862,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+864,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+865,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+866,((((QData)((IData)(vlSelf->permdnn_engine__DOT__b_x)) 
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
    bufp->fullQData(oldp+868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+872,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+874,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+877,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+878,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+879,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+880,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+881,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+882,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+884,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+885,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+886,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+887,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+888,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+889,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+890,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+891,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+892,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+893,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+894,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+895,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+898,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+901,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+902,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+906,((0x1fU & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+907,((7U & VL_DIV_III(5, (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+908,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+909,((1U & VL_REDXOR_32((3U 
                                                & (VL_DIV_III(5, 
                                                              (0x1fU 
                                                               & ((IData)(2U) 
                                                                  + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)) 
                                                   >> 3U))))));
    bufp->fullQData(oldp+910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+913,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+914,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+915,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                             << 7U) 
                                            | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+916,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+917,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullCData(oldp+918,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+919,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+922,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+925,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+926,((((QData)((IData)(((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr] 
                                                  << 0x10U) 
                                                 | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr]))) 
                                << 0x10U) | (QData)((IData)(
                                                            vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+929,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+932,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+934,(__Vtemp_hb05d57c6__0),96);
    bufp->fullSData(oldp+937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+938,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+940,(__Vtemp_hc1cf2085__0),96);
    bufp->fullQData(oldp+943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+947,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+948,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+949,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+950,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+952,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+953,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+954,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+955,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+956,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+958,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+962,((0xfffU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+963,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+965,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+966,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+968,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x10U)))),16);
    bufp->fullIData(oldp+969,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x10U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+970,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+971,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+972,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+974,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+976,((0xfffU & ((IData)(2U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+978,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+979,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+982,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x20U)))),16);
    bufp->fullIData(oldp+983,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x20U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+984,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+985,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+986,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1119,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1120,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1121,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1122,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1123,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1133,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1136,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1137,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1139,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1144,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1153,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1156,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1157,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1165,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1168,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1177,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1178,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1189,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1190,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1191,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1193,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1195,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1196,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1197,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1199,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1203,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1205,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1209,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1213,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1216,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1217,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1218,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1219,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1220,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1223,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1224,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1226,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1227,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1228,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1229,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1230,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1233,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1236,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1237,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1239,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1240,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1241,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1243,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+1245,(__Vtemp_h45fdbc4e__0),96);
    bufp->fullSData(oldp+1248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1249,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1251,(__Vtemp_h5980a70d__0),96);
    bufp->fullQData(oldp+1254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1258,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1260,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1261,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1263,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1264,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1265,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1266,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1269,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1273,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1274,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1276,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1277,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1279,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1280,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1281,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1282,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1283,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1285,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1287,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1289,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1290,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1293,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1294,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1295,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1296,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1297,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1430,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1431,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1432,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1433,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1434,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1438,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1439,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1441,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1444,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1447,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1448,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1450,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1455,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1464,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1467,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1468,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1476,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1479,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1488,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1496,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1499,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1500,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1501,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1502,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1504,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1506,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1507,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1508,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1509,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1510,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1513,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1514,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1515,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1520,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1523,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1528,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1529,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1531,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1535,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1536,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1537,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1539,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1540,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1541,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1544,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1547,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1548,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1550,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1551,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1552,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1554,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+1556,(__Vtemp_h735b0063__0),96);
    bufp->fullSData(oldp+1559,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1560,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1562,(__Vtemp_h56f96812__0),96);
    bufp->fullQData(oldp+1565,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1567,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1570,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1571,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1574,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1575,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1576,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1577,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1578,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1580,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1584,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1586,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1587,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1590,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1591,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1592,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1593,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1594,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1598,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1601,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1604,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1605,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1606,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1607,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1608,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1741,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1742,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1743,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1744,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1745,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1746,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1755,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1759,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1761,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1766,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1773,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1775,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1778,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1786,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1787,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1790,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1799,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1800,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1811,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1812,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1813,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1820,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1839,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1840,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1842,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1846,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1848,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1850,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1851,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1852,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1859,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1862,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1865,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+1867,(__Vtemp_h1ab84048__0),96);
    bufp->fullSData(oldp+1870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1871,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1873,(__Vtemp_h9ce14ea3__0),96);
    bufp->fullQData(oldp+1876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1878,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1880,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1881,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1882,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1885,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1886,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1887,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1888,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1889,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1891,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1893,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1895,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1897,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1898,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1899,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1901,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1902,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1903,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1904,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1905,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1909,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1911,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1912,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1913,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1915,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1916,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1917,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1918,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1919,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2052,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2053,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2054,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2055,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2056,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2059,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2062,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2066,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2068,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2069,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2070,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2071,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2072,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2076,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2077,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2079,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2086,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2089,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2096,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2098,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2099,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2101,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2104,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2110,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2122,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2123,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2124,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2133,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2136,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2150,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2151,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2153,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2157,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2159,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2161,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2162,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2163,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2170,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+2178,(__Vtemp_hf172c706__0),96);
    bufp->fullSData(oldp+2181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2182,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2184,(__Vtemp_he3434c2e__0),96);
    bufp->fullQData(oldp+2187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2191,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2193,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2196,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2197,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2198,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2199,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2202,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2206,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2208,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2209,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2210,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2212,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2213,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2214,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2215,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2216,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2220,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2223,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2224,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2226,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2227,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2228,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2229,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2230,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2363,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2364,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2365,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2366,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2367,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2371,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2373,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2375,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2377,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2378,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2381,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2383,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2388,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2397,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2400,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2409,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2412,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2414,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2421,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2425,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2433,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2434,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2435,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2438,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2439,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2441,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2447,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2461,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2462,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2464,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2468,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2470,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2472,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2473,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2474,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2481,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+2489,(__Vtemp_heba52d83__0),96);
    bufp->fullSData(oldp+2492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2493,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2495,(__Vtemp_h7c44074b__0),96);
    bufp->fullQData(oldp+2498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2502,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2504,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2507,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2508,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2509,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2510,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2513,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2515,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2517,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2520,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2523,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2524,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2525,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2526,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2527,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2531,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2534,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2535,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2537,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2538,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2539,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2540,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2541,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2674,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2675,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2676,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2677,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2678,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2679,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2680,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2681,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2682,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2683,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2684,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2685,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2688,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2689,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2690,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2692,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2694,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2699,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2702,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2706,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2708,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2711,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2712,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2713,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2717,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2720,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2723,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2725,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2732,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2733,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2734,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2736,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2744,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2745,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2746,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2772,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2773,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2775,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2779,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2781,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2783,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2784,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2785,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2792,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w),48);
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
    bufp->fullWData(oldp+2800,(__Vtemp_hd34ccef1__0),96);
    bufp->fullSData(oldp+2803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2804,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2806,(__Vtemp_hc826a273__0),96);
    bufp->fullQData(oldp+2809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2815,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2818,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2819,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2820,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2821,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2824,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2828,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2831,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2834,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2835,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2836,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2837,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2838,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2842,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2845,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2848,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2849,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2850,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2851,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2852,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2984,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2985,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2986,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2987,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2988,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2989,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2992,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2996,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2999,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+3000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+3001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+3002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+3003,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+3004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+3005,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+3006,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+3007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+3008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3010,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3012,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3016,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3017,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3018,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+3019,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+3020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3022,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3024,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3027,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+3031,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+3032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3034,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3035,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3038,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3041,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+3043,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+3044,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+3045,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+3047,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+3049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+3051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+3053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+3054,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullIData(oldp+3055,(8U),32);
    bufp->fullIData(oldp+3056,(3U),32);
    bufp->fullIData(oldp+3057,(4U),32);
    bufp->fullIData(oldp+3058,(0x10U),32);
    bufp->fullIData(oldp+3059,(0x20U),32);
    bufp->fullIData(oldp+3060,(0x100U),32);
    bufp->fullIData(oldp+3061,(0x40U),32);
    bufp->fullIData(oldp+3062,(7U),32);
    bufp->fullIData(oldp+3063,(9U),32);
    bufp->fullIData(oldp+3064,(5U),32);
    bufp->fullIData(oldp+3065,(6U),32);
    bufp->fullIData(oldp+3066,(2U),32);
    bufp->fullIData(oldp+3067,(0xcU),32);
    bufp->fullCData(oldp+3068,(0U),2);
    bufp->fullCData(oldp+3069,(1U),2);
    bufp->fullCData(oldp+3070,(2U),2);
    bufp->fullCData(oldp+3071,(3U),2);
    bufp->fullCData(oldp+3072,(0U),3);
    bufp->fullCData(oldp+3073,(1U),3);
    bufp->fullCData(oldp+3074,(2U),3);
    bufp->fullCData(oldp+3075,(3U),3);
    bufp->fullCData(oldp+3076,(4U),3);
    bufp->fullCData(oldp+3077,(5U),3);
    bufp->fullCData(oldp+3078,(6U),3);
    bufp->fullCData(oldp+3079,(7U),3);
    bufp->fullIData(oldp+3080,(0x10U),32);
    bufp->fullSData(oldp+3081,(0x10U),10);
    bufp->fullCData(oldp+3082,(0U),4);
    bufp->fullCData(oldp+3083,(0xaU),4);
    bufp->fullCData(oldp+3084,(0xbU),4);
    bufp->fullCData(oldp+3085,(0xcU),4);
    bufp->fullCData(oldp+3086,(0xdU),4);
    bufp->fullCData(oldp+3087,(0xeU),4);
    bufp->fullCData(oldp+3088,(0xfU),4);
    bufp->fullCData(oldp+3089,(1U),4);
    bufp->fullCData(oldp+3090,(2U),4);
    bufp->fullCData(oldp+3091,(3U),4);
    bufp->fullCData(oldp+3092,(4U),4);
    bufp->fullCData(oldp+3093,(5U),4);
    bufp->fullCData(oldp+3094,(6U),4);
    bufp->fullCData(oldp+3095,(7U),4);
    bufp->fullCData(oldp+3096,(8U),4);
    bufp->fullCData(oldp+3097,(9U),4);
    bufp->fullIData(oldp+3098,(0x30U),32);
    bufp->fullIData(oldp+3099,(3U),32);
    bufp->fullIData(oldp+3100,(4U),32);
    bufp->fullCData(oldp+3101,(2U),5);
    bufp->fullCData(oldp+3102,(3U),5);
    bufp->fullSData(oldp+3103,(3U),12);
    bufp->fullSData(oldp+3104,(0U),12);
    bufp->fullIData(oldp+3105,(0x21U),32);
    bufp->fullQData(oldp+3106,(0x7fffffffULL),33);
    bufp->fullQData(oldp+3108,(0x180000000ULL),33);
    bufp->fullIData(oldp+3110,(0x7fffffffU),32);
    bufp->fullIData(oldp+3111,(0x80000000U),32);
    bufp->fullQData(oldp+3112,(0x7fffULL),33);
    bufp->fullQData(oldp+3114,(0x1ffff8000ULL),33);
    bufp->fullSData(oldp+3116,(1U),12);
    bufp->fullSData(oldp+3117,(2U),12);
}
