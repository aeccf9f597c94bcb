// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Model implementation (design independent parts)

#include "Vpe8_mul3_q4_s16_a32.h"
#include "Vpe8_mul3_q4_s16_a32__Syms.h"
#include "verilated_vcd_sc.h"

//============================================================
// Constructors

Vpe8_mul3_q4_s16_a32::Vpe8_mul3_q4_s16_a32(sc_module_name /* unused */)
    : VerilatedModel{*Verilated::threadContextp()}
    , vlSymsp{new Vpe8_mul3_q4_s16_a32__Syms(contextp(), name(), this)}
    , clk{vlSymsp->TOP.clk}
    , rst{vlSymsp->TOP.rst}
    , start{vlSymsp->TOP.start}
    , cfg_first_word{vlSymsp->TOP.cfg_first_word}
    , cfg_continue{vlSymsp->TOP.cfg_continue}
    , cfg_drain{vlSymsp->TOP.cfg_drain}
    , cfg_p{vlSymsp->TOP.cfg_p}
    , cfg_frac{vlSymsp->TOP.cfg_frac}
    , cfg_relu{vlSymsp->TOP.cfg_relu}
    , cfg_formula{vlSymsp->TOP.cfg_formula}
    , ld_we{vlSymsp->TOP.ld_we}
    , ld_sel{vlSymsp->TOP.ld_sel}
    , ld_pe{vlSymsp->TOP.ld_pe}
    , dbg_pe{vlSymsp->TOP.dbg_pe}
    , dbg_active{vlSymsp->TOP.dbg_active}
    , dbg_qcount{vlSymsp->TOP.dbg_qcount}
    , dbg_i_valid{vlSymsp->TOP.dbg_i_valid}
    , dbg_i_slot{vlSymsp->TOP.dbg_i_slot}
    , dbg_w_valid{vlSymsp->TOP.dbg_w_valid}
    , dbg_w_slot{vlSymsp->TOP.dbg_w_slot}
    , dbg_m_valid{vlSymsp->TOP.dbg_m_valid}
    , dbg_m_slot{vlSymsp->TOP.dbg_m_slot}
    , dbg_a_valid{vlSymsp->TOP.dbg_a_valid}
    , dbg_a_slot{vlSymsp->TOP.dbg_a_slot}
    , dbg_a_active{vlSymsp->TOP.dbg_a_active}
    , dbg_acc_we{vlSymsp->TOP.dbg_acc_we}
    , dbg_out_we{vlSymsp->TOP.dbg_out_we}
    , nzd_action{vlSymsp->TOP.nzd_action}
    , nzd_word{vlSymsp->TOP.nzd_word}
    , draining{vlSymsp->TOP.draining}
    , busy{vlSymsp->TOP.busy}
    , done{vlSymsp->TOP.done}
    , cfg_n{vlSymsp->TOP.cfg_n}
    , cfg_end{vlSymsp->TOP.cfg_end}
    , ld_addr{vlSymsp->TOP.ld_addr}
    , dbg_row{vlSymsp->TOP.dbg_row}
    , dbg_out{vlSymsp->TOP.dbg_out}
    , dbg_i_j{vlSymsp->TOP.dbg_i_j}
    , dbg_w_j{vlSymsp->TOP.dbg_w_j}
    , dbg_m_j{vlSymsp->TOP.dbg_m_j}
    , dbg_a_j{vlSymsp->TOP.dbg_a_j}
    , nzd_j{vlSymsp->TOP.nzd_j}
    , dbg_acc{vlSymsp->TOP.dbg_acc}
    , cycle{vlSymsp->TOP.cycle}
    , dbg_a_rows{vlSymsp->TOP.dbg_a_rows}
    , ld_data{vlSymsp->TOP.ld_data}
    , dbg_a_products{vlSymsp->TOP.dbg_a_products}
    , dbg_acc_wdata{vlSymsp->TOP.dbg_acc_wdata}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe}
    , __PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe{vlSymsp->TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe}
    , rootp{&(vlSymsp->TOP)}
{
    // Register model with the context
    contextp()->addModel(this);
    // Sensitivities on all clocks and combinational inputs
    SC_METHOD(eval);
    sensitive << clk;
    sensitive << rst;
    sensitive << start;
    sensitive << cfg_first_word;
    sensitive << cfg_continue;
    sensitive << cfg_drain;
    sensitive << cfg_p;
    sensitive << cfg_frac;
    sensitive << cfg_relu;
    sensitive << cfg_formula;
    sensitive << ld_we;
    sensitive << ld_sel;
    sensitive << ld_pe;
    sensitive << dbg_pe;
    sensitive << cfg_n;
    sensitive << cfg_end;
    sensitive << ld_addr;
    sensitive << dbg_row;
    sensitive << ld_data;

}

//============================================================
// Destructor

Vpe8_mul3_q4_s16_a32::~Vpe8_mul3_q4_s16_a32() {
    delete vlSymsp;
}

//============================================================
// Evaluation function

#ifdef VL_DEBUG
void Vpe8_mul3_q4_s16_a32___024root___eval_debug_assertions(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG
void Vpe8_mul3_q4_s16_a32___024root___eval_static(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
void Vpe8_mul3_q4_s16_a32___024root___eval_initial(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
void Vpe8_mul3_q4_s16_a32___024root___eval_settle(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
void Vpe8_mul3_q4_s16_a32___024root___eval(Vpe8_mul3_q4_s16_a32___024root* vlSelf);

void Vpe8_mul3_q4_s16_a32::eval_step() {
    VL_DEBUG_IF(VL_DBG_MSGF("+++++TOP Evaluate Vpe8_mul3_q4_s16_a32::eval_step\n"); );
#ifdef VL_DEBUG
    // Debug assertions
    Vpe8_mul3_q4_s16_a32___024root___eval_debug_assertions(&(vlSymsp->TOP));
#endif  // VL_DEBUG
    vlSymsp->__Vm_activity = true;
    if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) {
        vlSymsp->__Vm_didInit = true;
        VL_DEBUG_IF(VL_DBG_MSGF("+ Initial\n"););
        Vpe8_mul3_q4_s16_a32___024root___eval_static(&(vlSymsp->TOP));
        Vpe8_mul3_q4_s16_a32___024root___eval_initial(&(vlSymsp->TOP));
        Vpe8_mul3_q4_s16_a32___024root___eval_settle(&(vlSymsp->TOP));
    }
    // MTask 0 start
    VL_DEBUG_IF(VL_DBG_MSGF("MTask0 starting\n"););
    Verilated::mtaskId(0);
    VL_DEBUG_IF(VL_DBG_MSGF("+ Eval\n"););
    Vpe8_mul3_q4_s16_a32___024root___eval(&(vlSymsp->TOP));
    // Evaluate cleanup
    Verilated::endOfThreadMTask(vlSymsp->__Vm_evalMsgQp);
    Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);
}

//============================================================
// Events and timing
bool Vpe8_mul3_q4_s16_a32::eventsPending() { return false; }

uint64_t Vpe8_mul3_q4_s16_a32::nextTimeSlot() {
    VL_FATAL_MT(__FILE__, __LINE__, "", "%Error: No delays in the design");
    return 0;
}

//============================================================
// Utilities

//============================================================
// Invoke final blocks

void Vpe8_mul3_q4_s16_a32___024root___eval_final(Vpe8_mul3_q4_s16_a32___024root* vlSelf);

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32::final() {
    Vpe8_mul3_q4_s16_a32___024root___eval_final(&(vlSymsp->TOP));
}

//============================================================
// Implementations of abstract methods from VerilatedModel

const char* Vpe8_mul3_q4_s16_a32::hierName() const { return vlSymsp->name(); }
const char* Vpe8_mul3_q4_s16_a32::modelName() const { return "Vpe8_mul3_q4_s16_a32"; }
unsigned Vpe8_mul3_q4_s16_a32::threads() const { return 1; }
std::unique_ptr<VerilatedTraceConfig> Vpe8_mul3_q4_s16_a32::traceConfig() const {
    return std::unique_ptr<VerilatedTraceConfig>{new VerilatedTraceConfig{false, false, false}};
};

//============================================================
// Trace configuration

void Vpe8_mul3_q4_s16_a32___024root__trace_init_top(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep);

VL_ATTR_COLD static void trace_init(void* voidSelf, VerilatedVcd* tracep, uint32_t code) {
    // Callback from tracep->open()
    Vpe8_mul3_q4_s16_a32___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul3_q4_s16_a32___024root*>(voidSelf);
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (!vlSymsp->_vm_contextp__->calcUnusedSigs()) {
        VL_FATAL_MT(__FILE__, __LINE__, __FILE__,
            "Turning on wave traces requires Verilated::traceEverOn(true) call before time 0.");
    }
    vlSymsp->__Vm_baseCode = code;
    tracep->scopeEscape(' ');
    tracep->pushNamePrefix(std::string{vlSymsp->name()} + ' ');
    Vpe8_mul3_q4_s16_a32___024root__trace_init_top(vlSelf, tracep);
    tracep->popNamePrefix();
    tracep->scopeEscape('.');
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_register(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep);

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32::trace(VerilatedVcdC* tfp, int levels, int options) {
    if (!sc_core::sc_get_curr_simcontext()->elaboration_done()) {
        vl_fatal(__FILE__, __LINE__, name(), "Vpe8_mul3_q4_s16_a32::trace() is called before sc_core::sc_start(). Run sc_core::sc_start(sc_core::SC_ZERO_TIME) before trace() to complete elaboration.");
    }if (tfp->isOpen()) {
        vl_fatal(__FILE__, __LINE__, __FILE__,"'Vpe8_mul3_q4_s16_a32::trace()' shall not be called after 'VerilatedVcdC::open()'.");
    }
    if (false && levels && options) {}  // Prevent unused
    tfp->spTrace()->addModel(this);
    tfp->spTrace()->addInitCb(&trace_init, &(vlSymsp->TOP));
    Vpe8_mul3_q4_s16_a32___024root__trace_register(&(vlSymsp->TOP), tfp->spTrace());
}
