// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Symbol table implementation internals

#include "Vpe32_mul8_q4_s16_a32__Syms.h"
#include "Vpe32_mul8_q4_s16_a32.h"
#include "Vpe32_mul8_q4_s16_a32___024root.h"
#include "Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2.h"

// FUNCTIONS
Vpe32_mul8_q4_s16_a32__Syms::~Vpe32_mul8_q4_s16_a32__Syms()
{
}

Vpe32_mul8_q4_s16_a32__Syms::Vpe32_mul8_q4_s16_a32__Syms(VerilatedContext* contextp, const char* namep, Vpe32_mul8_q4_s16_a32* modelp)
    : VerilatedSyms{contextp}
    // Setup internal state of the Syms class
    , __Vm_modelp{modelp}
    // Setup module instances
    , TOP{this, namep}
    , TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[0].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[10].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[11].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[12].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[13].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[14].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[15].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[16].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[17].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[18].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[19].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[1].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[20].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[21].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[22].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[23].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[24].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[25].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[26].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[27].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[28].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[29].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[2].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[30].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[31].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[3].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[4].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[5].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[6].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[7].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[8].u_pe")}
    , TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe{this, Verilated::catName(namep, "permdnn_engine.g_pe[9].u_pe")}
{
    // Configure time unit / time precision
    _vm_contextp__->timeunit(-12);
    _vm_contextp__->timeprecision(-12);
    // Setup each module's pointers to their submodules
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe;
    TOP.__PVT__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe = &TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe;
    // Setup each module's pointer back to symbol table (for public functions)
    TOP.__Vconfigure(true);
    TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vconfigure(true);
    TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__Vconfigure(false);
    TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__Vconfigure(false);
}
