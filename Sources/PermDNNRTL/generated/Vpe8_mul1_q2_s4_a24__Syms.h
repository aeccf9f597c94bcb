// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Symbol table internal header
//
// Internal details; most calling programs do not need this header,
// unless using verilator public meta comments.

#ifndef VERILATED_VPE8_MUL1_Q2_S4_A24__SYMS_H_
#define VERILATED_VPE8_MUL1_Q2_S4_A24__SYMS_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

// INCLUDE MODEL CLASS

#include "Vpe8_mul1_q2_s4_a24.h"

// INCLUDE MODULE CLASSES
#include "Vpe8_mul1_q2_s4_a24___024root.h"
#include "Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2.h"

// SYMS CLASS (contains all model state)
class Vpe8_mul1_q2_s4_a24__Syms final : public VerilatedSyms {
  public:
    // INTERNAL STATE
    Vpe8_mul1_q2_s4_a24* const __Vm_modelp;
    bool __Vm_activity = false;  ///< Used by trace routines to determine change occurred
    uint32_t __Vm_baseCode = 0;  ///< Used by trace routines when tracing multiple models
    bool __Vm_didInit = false;

    // MODULE INSTANCE STATE
    Vpe8_mul1_q2_s4_a24___024root  TOP;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;

    // CONSTRUCTORS
    Vpe8_mul1_q2_s4_a24__Syms(VerilatedContext* contextp, const char* namep, Vpe8_mul1_q2_s4_a24* modelp);
    ~Vpe8_mul1_q2_s4_a24__Syms();

    // METHODS
    const char* name() { return TOP.name(); }
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
