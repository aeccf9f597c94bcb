// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Primary model header
//
// This header should be included by all source files instantiating the design.
// The class here is then constructed to instantiate the design.
// See the Verilator manual for examples.

#ifndef VERILATED_VPE8_MUL3_Q4_S16_A32_H_
#define VERILATED_VPE8_MUL3_Q4_S16_A32_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

class Vpe8_mul3_q4_s16_a32__Syms;
class Vpe8_mul3_q4_s16_a32___024root;
class VerilatedVcdSc;
class Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2;


// This class is the main interface to the Verilated model
class Vpe8_mul3_q4_s16_a32 VL_NOT_FINAL : public ::sc_core::sc_module, public VerilatedModel {
  private:
    // Symbol table holding complete model state (owned by this class)
    Vpe8_mul3_q4_s16_a32__Syms* const vlSymsp;

  public:

    // PORTS
    // The application code writes and reads these signals to
    // propagate new values into/out from the Verilated model.
    sc_in<bool> &clk;
    sc_in<bool> &rst;
    sc_in<bool> &start;
    sc_in<uint32_t> &cfg_first_word;
    sc_in<bool> &cfg_continue;
    sc_in<bool> &cfg_drain;
    sc_in<uint32_t> &cfg_p;
    sc_in<uint32_t> &cfg_frac;
    sc_in<bool> &cfg_relu;
    sc_in<bool> &cfg_formula;
    sc_in<bool> &ld_we;
    sc_in<uint32_t> &ld_sel;
    sc_in<uint32_t> &ld_pe;
    sc_in<uint32_t> &dbg_pe;
    sc_out<bool> &dbg_active;
    sc_out<uint32_t> &dbg_qcount;
    sc_out<bool> &dbg_i_valid;
    sc_out<uint32_t> &dbg_i_slot;
    sc_out<bool> &dbg_w_valid;
    sc_out<uint32_t> &dbg_w_slot;
    sc_out<bool> &dbg_m_valid;
    sc_out<uint32_t> &dbg_m_slot;
    sc_out<bool> &dbg_a_valid;
    sc_out<uint32_t> &dbg_a_slot;
    sc_out<uint32_t> &dbg_a_active;
    sc_out<uint32_t> &dbg_acc_we;
    sc_out<uint32_t> &dbg_out_we;
    sc_out<uint32_t> &nzd_action;
    sc_out<uint32_t> &nzd_word;
    sc_out<bool> &draining;
    sc_out<bool> &busy;
    sc_out<bool> &done;
    sc_in<uint32_t> &cfg_n;
    sc_in<uint32_t> &cfg_end;
    sc_in<uint32_t> &ld_addr;
    sc_in<uint32_t> &dbg_row;
    sc_out<uint32_t> &dbg_out;
    sc_out<uint32_t> &dbg_i_j;
    sc_out<uint32_t> &dbg_w_j;
    sc_out<uint32_t> &dbg_m_j;
    sc_out<uint32_t> &dbg_a_j;
    sc_out<uint32_t> &nzd_j;
    sc_out<uint32_t> &dbg_acc;
    sc_out<uint32_t> &cycle;
    sc_out<uint64_t> &dbg_a_rows;
    sc_in<sc_bv<256> > &ld_data;
    sc_out<sc_bv<96> > &dbg_a_products;
    sc_out<sc_bv<96> > &dbg_acc_wdata;

    // CELLS
    // Public to allow access to /* verilator public */ items.
    // Otherwise the application code can consider these internals.
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* const __PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;

    // Root instance pointer to allow access to model internals,
    // including inlined /* verilator public_flat_* */ items.
    Vpe8_mul3_q4_s16_a32___024root* const rootp;

    // CONSTRUCTORS
    SC_CTOR(Vpe8_mul3_q4_s16_a32);
    virtual ~Vpe8_mul3_q4_s16_a32();
  private:
    VL_UNCOPYABLE(Vpe8_mul3_q4_s16_a32);  ///< Copying not allowed

  public:
    // API METHODS
  private:
    void eval() { eval_step(); }
    void eval_step();
  public:
    void final();
    /// Are there scheduled events to handle?
    bool eventsPending();
    /// Returns time at next time slot. Aborts if !eventsPending()
    uint64_t nextTimeSlot();
    /// Trace signals in the model; called by application code
    void trace(VerilatedVcdC* tfp, int levels, int options = 0);
    /// SC tracing; avoid overloaded virtual function lint warning
    void trace(sc_trace_file* tfp) const override { ::sc_core::sc_module::trace(tfp); }

    // Abstract methods from VerilatedModel
    const char* hierName() const override final;
    const char* modelName() const override final;
    unsigned threads() const override final;
    std::unique_ptr<VerilatedTraceConfig> traceConfig() const override final;
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
