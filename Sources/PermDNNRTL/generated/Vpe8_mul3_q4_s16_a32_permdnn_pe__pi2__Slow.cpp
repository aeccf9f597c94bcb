// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul3_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul3_q4_s16_a32__Syms.h"
#include "Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2.h"

void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___ctor_var_reset(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf);

Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2::Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2(Vpe8_mul3_q4_s16_a32__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___ctor_var_reset(this);
}

void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2::~Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2() {
}
