// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Symbol table implementation internals

#include "Vpe8_mul1_q2_s4_a24__Syms.h"
#include "Vpe8_mul1_q2_s4_a24.h"
#include "Vpe8_mul1_q2_s4_a24___024root.h"
#include "Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2.h"

// FUNCTIONS
Vpe8_mul1_q2_s4_a24__Syms::~Vpe8_mul1_q2_s4_a24__Syms()
{
}

Vpe8_mul1_q2_s4_a24__Syms::Vpe8_mul1_q2_s4_a24__Syms(VerilatedContext* contextp, const char* namep, Vpe8_mul1_q2_s4_a24* modelp)
    : VerilatedSyms{contextp}
    // Setup internal state of the Syms class
    , __Vm_modelp{modelp}
    // Setup module instances
    , TOP{this, namep}
    , TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[0].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[1].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[2].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[3].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[4].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[5].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[6].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[7].u_pe")}
{
    // Configure time unit / time precision
    _vm_contextp__->timeunit(-12);
    _vm_contextp__->timeprecision(-12);
    // Setup each module's pointers to their submodules
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;
    // Setup each module's pointer back to symbol table (for public functions)
    TOP.__Vconfigure(true);
    TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vconfigure(true);
    TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vconfigure(false);
}
