// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Symbol table internal header
//
// Internal details; most calling programs do not need this header,
// unless using verilator public meta comments.

#ifndef VERILATED_VPE32_MUL8_Q4_S16_A32__SYMS_H_
#define VERILATED_VPE32_MUL8_Q4_S16_A32__SYMS_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

// INCLUDE MODEL CLASS

#include "Vpe32_mul8_q4_s16_a32.h"

// INCLUDE MODULE CLASSES
#include "Vpe32_mul8_q4_s16_a32___024root.h"
#include "Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2.h"

// SYMS CLASS (contains all model state)
class Vpe32_mul8_q4_s16_a32__Syms final : public VerilatedSyms {
  public:
    // INTERNAL STATE
    Vpe32_mul8_q4_s16_a32* const __Vm_modelp;
    bool __Vm_activity = false;  ///< Used by trace routines to determine change occurred
    uint32_t __Vm_baseCode = 0;  ///< Used by trace routines when tracing multiple models
    bool __Vm_didInit = false;

    // MODULE INSTANCE STATE
    Vpe32_mul8_q4_s16_a32___024root TOP;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe;
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe;

    // CONSTRUCTORS
    Vpe32_mul8_q4_s16_a32__Syms(VerilatedContext* contextp, const char* namep, Vpe32_mul8_q4_s16_a32* modelp);
    ~Vpe32_mul8_q4_s16_a32__Syms();

    // METHODS
    const char* name() { return TOP.name(); }
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);

#endif  // guard
