// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32__Syms.h"
#include "Vpe32_mul8_q4_s16_a32___024root.h"

void Vpe32_mul8_q4_s16_a32___024root___ctor_var_reset(Vpe32_mul8_q4_s16_a32___024root* vlSelf);

Vpe32_mul8_q4_s16_a32___024root::Vpe32_mul8_q4_s16_a32___024root(Vpe32_mul8_q4_s16_a32__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , clk("clk")
    , rst("rst")
    , start("start")
    , cfg_continue("cfg_continue")
    , cfg_drain("cfg_drain")
    , cfg_p("cfg_p")
    , cfg_frac("cfg_frac")
    , cfg_relu("cfg_relu")
    , cfg_formula("cfg_formula")
    , ld_we("ld_we")
    , ld_sel("ld_sel")
    , ld_pe("ld_pe")
    , dbg_pe("dbg_pe")
    , dbg_active("dbg_active")
    , dbg_qcount("dbg_qcount")
    , dbg_i_valid("dbg_i_valid")
    , dbg_i_slot("dbg_i_slot")
    , dbg_w_valid("dbg_w_valid")
    , dbg_w_slot("dbg_w_slot")
    , dbg_m_valid("dbg_m_valid")
    , dbg_m_slot("dbg_m_slot")
    , dbg_a_valid("dbg_a_valid")
    , dbg_a_slot("dbg_a_slot")
    , dbg_a_active("dbg_a_active")
    , dbg_acc_we("dbg_acc_we")
    , dbg_out_we("dbg_out_we")
    , nzd_action("nzd_action")
    , draining("draining")
    , busy("busy")
    , done("done")
    , cfg_n("cfg_n")
    , cfg_first_word("cfg_first_word")
    , cfg_end("cfg_end")
    , ld_addr("ld_addr")
    , dbg_row("dbg_row")
    , dbg_out("dbg_out")
    , dbg_i_j("dbg_i_j")
    , dbg_w_j("dbg_w_j")
    , dbg_m_j("dbg_m_j")
    , dbg_a_j("dbg_a_j")
    , nzd_word("nzd_word")
    , nzd_j("nzd_j")
    , dbg_acc("dbg_acc")
    , cycle("cycle")
    , ld_data("ld_data")
    , dbg_a_rows("dbg_a_rows")
    , dbg_a_products("dbg_a_products")
    , dbg_acc_wdata("dbg_acc_wdata")
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vpe32_mul8_q4_s16_a32___024root___ctor_var_reset(this);
}

void Vpe32_mul8_q4_s16_a32___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vpe32_mul8_q4_s16_a32___024root::~Vpe32_mul8_q4_s16_a32___024root() {
}
