// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul3_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul3_q4_s16_a32___024root.h"

void Vpe8_mul3_q4_s16_a32___024root___eval_act(Vpe8_mul3_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root___eval_act\n"); );
}

void Vpe8_mul3_q4_s16_a32___024root___eval_triggers__ico(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root___dump_triggers__ico(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG
void Vpe8_mul3_q4_s16_a32___024root___eval_ico(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
void Vpe8_mul3_q4_s16_a32___024root___eval_triggers__act(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root___dump_triggers__act(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root___dump_triggers__nba(Vpe8_mul3_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG
void Vpe8_mul3_q4_s16_a32___024root___eval_nba(Vpe8_mul3_q4_s16_a32___024root* vlSelf);

void Vpe8_mul3_q4_s16_a32___024root___eval(Vpe8_mul3_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root___eval\n"); );
    // Init
    CData/*0:0*/ __VicoContinue;
    VlTriggerVec<1> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    vlSelf->__VicoIterCount = 0U;
    __VicoContinue = 1U;
    while (__VicoContinue) {
        __VicoContinue = 0U;
        Vpe8_mul3_q4_s16_a32___024root___eval_triggers__ico(vlSelf);
        if (vlSelf->__VicoTriggered.any()) {
            __VicoContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) {
#ifdef VL_DEBUG
                Vpe8_mul3_q4_s16_a32___024root___dump_triggers__ico(vlSelf);
#endif
                VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "Input combinational region did not converge.");
            }
            vlSelf->__VicoIterCount = ((IData)(1U) 
                                       + vlSelf->__VicoIterCount);
            Vpe8_mul3_q4_s16_a32___024root___eval_ico(vlSelf);
        }
    }
    __VnbaIterCount = 0U;
    __VnbaContinue = 1U;
    while (__VnbaContinue) {
        __VnbaContinue = 0U;
        vlSelf->__VnbaTriggered.clear();
        vlSelf->__VactIterCount = 0U;
        vlSelf->__VactContinue = 1U;
        while (vlSelf->__VactContinue) {
            vlSelf->__VactContinue = 0U;
            Vpe8_mul3_q4_s16_a32___024root___eval_triggers__act(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vpe8_mul3_q4_s16_a32___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vpe8_mul3_q4_s16_a32___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vpe8_mul3_q4_s16_a32___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vpe8_mul3_q4_s16_a32___024root___eval_nba(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
void Vpe8_mul3_q4_s16_a32___024root___eval_debug_assertions(Vpe8_mul3_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root___eval_debug_assertions\n"); );
}
#endif  // VL_DEBUG
