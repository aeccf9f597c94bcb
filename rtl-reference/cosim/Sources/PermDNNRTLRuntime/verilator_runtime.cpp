// The Verilator runtime (Debian verilator 5.006, /usr/share/verilator/include), compiled once for
// every model of the PermDNNRTL target: the core, VCD tracing and its SystemC adapter, and the
// thread pool the core refers to (the models themselves are single-threaded).
// Built with VM_SC=1 and VM_TRACE=1 like the models (Package.swift).
//
// VL_USER_FATAL: a Verilator fatal error (e.g. a combinational loop that does not converge)
// throws instead of aborting the process; the bridge turns it into an error status.
#define VL_USER_FATAL
#include "verilated.cpp"
#include "verilated_vcd_c.cpp"
#include "verilated_vcd_sc.cpp"
#include "verilated_threads.cpp"

#include <stdexcept>
#include <string>

void vl_fatal(const char *filename, int linenum, const char *hier, const char *msg) {
    (void)hier;
    Verilated::threadContextp()->gotError(true);
    Verilated::threadContextp()->gotFinish(true);
    Verilated::runFlushCallbacks();
    std::string where = filename && filename[0] ? std::string(filename) + ":" + std::to_string(linenum) + ": " : "";
    throw std::runtime_error("Verilator fatal error: " + where + (msg ? msg : ""));
}
