// SystemC testbench of one Verilated permdnn_engine (`verilator --sc` model `Model`): a module
// holding the model, one signal per port (clock, reset, configuration, load port, debug port and
// the engine's outputs), and the clocking that mirrors rtl-reference/tb/permdnn_tb.cpp.
//
// Clocking: the testbench drives `clk` itself (period 10 ns); inputs change with the falling
// edge and are sampled by the next rising edge, as in the --cc testbench, where they are set
// before `clk = 0; eval()`. After every operation the model is settled after a falling edge.
// Instantiated once per build by generated/<build>_testbench.cpp.
#ifndef PERMDNN_RTL_MODEL_TESTBENCH_H
#define PERMDNN_RTL_MODEL_TESTBENCH_H

#include "testbench.h"

#include "verilated.h"
#include "verilated_vcd_sc.h"

#include <systemc>

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace pdb {

/// Bits [lo, lo + width) of a port value (bool, uint32_t, uint64_t or sc_bv<W>), width <= 64.
template <class T>
uint64_t bitField(const T &value, int lo, int width) {
    static_assert(std::is_integral<T>::value, "integral port type expected");
    const uint64_t all = static_cast<uint64_t>(value);
    const uint64_t mask = width >= 64 ? ~0ULL : (1ULL << width) - 1;
    return lo >= 64 ? 0 : (all >> lo) & mask;
}
template <int W>
uint64_t bitField(const sc_dt::sc_bv<W> &value, int lo, int width) {
    return value.range(lo + width - 1, lo).to_uint64();
}

/// `bits`-bit two's complement value, sign-extended to 64 bits.
inline int64_t signExtend(uint64_t raw, int bits) {
    if (bits >= 64) return static_cast<int64_t>(raw);
    const uint64_t sign = 1ULL << (bits - 1);
    raw &= (sign << 1) - 1;
    return static_cast<int64_t>((raw ^ sign) - sign);
}

// Every port of permdnn_engine: X(name) for the inputs, Y(name) for the outputs.
#define PDB_ENGINE_PORTS(X, Y)                                                                    \
    X(clk) X(rst) X(start) X(cfg_n) X(cfg_first_word) X(cfg_end) X(cfg_continue) X(cfg_drain)     \
    X(cfg_p) X(cfg_frac) X(cfg_relu) X(cfg_formula) X(cfg_wshift) X(cfg_codebook) X(ld_we)        \
    X(ld_sel) X(ld_pe) X(ld_addr) X(ld_data) X(dbg_pe) X(dbg_row)                                 \
    Y(dbg_acc) Y(dbg_out) Y(dbg_active) Y(dbg_qcount) Y(dbg_i_valid) Y(dbg_i_j) Y(dbg_i_slot)     \
    Y(dbg_w_valid) Y(dbg_w_j) Y(dbg_w_slot) Y(dbg_d_valid) Y(dbg_d_j) Y(dbg_d_slot)               \
    Y(dbg_m_valid) Y(dbg_m_j) Y(dbg_m_slot)                                                       \
    Y(dbg_a_valid) Y(dbg_a_j) Y(dbg_a_slot) Y(dbg_a_active) Y(dbg_a_rows) Y(dbg_a_products)       \
    Y(dbg_acc_we) Y(dbg_acc_wdata) Y(dbg_out_we) Y(nzd_action) Y(nzd_word) Y(nzd_j) Y(draining)  \
    Y(busy) Y(done) Y(cycle)

template <class Model>
class ModelTestbench final : public sc_core::sc_module, public Testbench {
    // The signal type of a port: sc_in<T>& / sc_out<T>& -> sc_signal<T>.
    template <class Port>
    using SignalOf = sc_core::sc_signal<typename std::remove_reference<Port>::type::data_type>;

public:
    explicit ModelTestbench(sc_core::sc_module_name name)
        : sc_module(name), info_(findInfo(static_cast<const char *>(name))), widths_(info_) {
        model_.reset(new Model("engine"));
#define PDB_BIND(port) model_->port(sig_##port);
        PDB_ENGINE_PORTS(PDB_BIND, PDB_BIND)
#undef PDB_BIND
    }

    ~ModelTestbench() override {
        closeVcd();
        model_->final();
    }

    void elaborate() override {
        sc_core::sc_start(sc_core::SC_ZERO_TIME);   // elaboration and the initial evaluation
        settle();
    }

    void openVcd(const char *path) override {
        vcd_.reset(new VerilatedVcdSc());
        model_->trace(vcd_.get(), 99);
        vcd_->open(path);
        if (!vcd_->isOpen()) {
            closeVcd();
            throw std::runtime_error(std::string("cannot open the VCD file ") + path);
        }
    }

    void closeVcd() override {
        if (!vcd_) return;
        vcd_->close();
        // The simulation context keeps a pointer to every trace file: detach it before deleting.
        // (VerilatedVcdSc derives privately from sc_trace_file: only a C-style cast reaches it.)
        sc_core::sc_get_curr_simcontext()->remove_trace_file((sc_core::sc_trace_file *)vcd_.get());
        vcd_.reset();
    }

    void reset() override {
        sig_rst.write(true);
        settle();
        risingEdge();
        sig_rst.write(false);
        fallingEdge();
    }

    void load(LoadTarget target, int pe, const int16_t *values, int64_t count, int lanes) override {
        if (count <= 0) return;
        if (lanes < 1 || lanes * 16 > widths_.ldw)
            throw std::logic_error("load: " + std::to_string(lanes) + " lanes per word do not fit the " +
                                   std::to_string(widths_.ldw) + "-bit ld_data port");
        const int64_t words = (count + lanes - 1) / lanes;
        sig_ld_sel.write(static_cast<uint32_t>(target));
        sig_ld_pe.write(static_cast<uint32_t>(pe));
        sig_ld_we.write(true);
        drive(sig_ld_addr, 0);
        driveLanes(sig_ld_data, values, count, 0, lanes);
        settle();
        for (int64_t w = 0; w < words; ++w) {
            risingEdge();
            // The next word is presented with the falling edge (ld_we drops after the last).
            if (w + 1 < words) {
                drive(sig_ld_addr, static_cast<uint64_t>(w + 1));
                driveLanes(sig_ld_data, values, count, w + 1, lanes);
            } else {
                sig_ld_we.write(false);
            }
            fallingEdge();
        }
    }

    void start(const pdb_run &run) override {
        drive(sig_cfg_n, static_cast<uint64_t>(run.n));
        drive(sig_cfg_first_word, static_cast<uint64_t>(run.first_word));
        drive(sig_cfg_end, static_cast<uint64_t>(run.end_column));
        drive(sig_cfg_continue, run.continue_group != 0);
        drive(sig_cfg_drain, run.drain != 0);
        drive(sig_cfg_p, static_cast<uint64_t>(run.p));
        drive(sig_cfg_frac, static_cast<uint64_t>(run.frac_bits));
        drive(sig_cfg_relu, run.relu != 0);
        drive(sig_cfg_formula, run.formula != 0);
        drive(sig_cfg_wshift, static_cast<uint64_t>(run.weight_shift));
        driveLanes(sig_cfg_codebook, run.codebook, 16, 0, 16);
        sig_start.write(true);
        settle();
        risingEdge();
        sig_start.write(false);
        fallingEdge();
    }

    void step() override {
        risingEdge();
        fallingEdge();
    }

    bool busy() override { return sig_busy.read(); }
    bool done() override { return sig_done.read(); }

    void engineState(pdb_engine_state *out) override {
        *out = pdb_engine_state{};
        out->cycle = static_cast<int64_t>(value(sig_cycle));
        out->nzd_action = static_cast<int32_t>(value(sig_nzd_action));
        out->nzd_word = static_cast<int32_t>(value(sig_nzd_word));
        out->nzd_column = static_cast<int32_t>(value(sig_nzd_j));
        out->draining = sig_draining.read();
        out->busy = sig_busy.read();
        out->done = sig_done.read();
    }

    void peState(int pe, pdb_pe_state *out) override {
        select(pe, -1);
        *out = pdb_pe_state{};
        out->active = sig_dbg_active.read();
        out->queue_count = static_cast<int32_t>(value(sig_dbg_qcount));
        // A stage that holds nothing reads as {0, 0, 0}: its j and slot registers are stale.
        out->idx = stage(sig_dbg_i_valid, sig_dbg_i_j, sig_dbg_i_slot);
        out->wrd = stage(sig_dbg_w_valid, sig_dbg_w_j, sig_dbg_w_slot);
        out->dec = stage(sig_dbg_d_valid, sig_dbg_d_j, sig_dbg_d_slot);
        out->mul = stage(sig_dbg_m_valid, sig_dbg_m_j, sig_dbg_m_slot);
        out->acc = stage(sig_dbg_a_valid, sig_dbg_a_j, sig_dbg_a_slot);
        // Lanes beyond the register's active count (or of an empty register) read as 0.
        const int lanes = info_.multipliers;
        const int active = out->acc.valid ? static_cast<int>(value(sig_dbg_a_active)) : 0;
        out->acc_lanes = active;
        const auto rows = sig_dbg_a_rows.read();
        const auto products = sig_dbg_a_products.read();
        const auto writes = sig_dbg_acc_we.read();
        const auto written = sig_dbg_acc_wdata.read();
        const auto outputWrites = sig_dbg_out_we.read();
        for (int l = 0; l < lanes && l < PDB_MAX_LANES; ++l) {
            if (l < active) {
                out->rows[l] = static_cast<int32_t>(bitField(rows, l * widths_.rw, widths_.rw));
                out->products[l] = static_cast<int32_t>(signExtend(bitField(products, l * 32, 32), 32));
            }
            if (bitField(writes, l, 1)) {
                out->acc_write[l] = 1;
                out->acc_value[l] = signExtend(bitField(written, l * info_.acc_bits, info_.acc_bits), info_.acc_bits);
            }
            out->output_writes += static_cast<int32_t>(bitField(outputWrites, l, 1));
        }
    }

    void readRow(int pe, int localRow, int64_t *accumulator, int16_t *output) override {
        select(pe, localRow);
        *accumulator = signExtend(value(sig_dbg_acc), info_.acc_bits);
        *output = static_cast<int16_t>(value(sig_dbg_out));
    }

private:
    static const pdb_build_info &findInfo(const char *name) {
        for (int32_t i = 0; i < buildCount; ++i)
            if (std::string(builds[i].info.name) == name) return builds[i].info;
        throw std::logic_error(std::string("no build named ") + name);
    }

    /// Runs delta cycles at the current time until nothing is pending (an input written from
    /// outside a process is a pending update: it takes effect in the next delta cycle).
    void settle() {
        while (sc_core::sc_pending_activity_at_current_time()) sc_core::sc_start(sc_core::SC_ZERO_TIME);
    }
    void risingEdge() {
        sig_clk.write(true);
        sc_core::sc_start(halfPeriod());
    }
    void fallingEdge() {
        sig_clk.write(false);
        sc_core::sc_start(halfPeriod());
    }
    static sc_core::sc_time halfPeriod() { return sc_core::sc_time(5, sc_core::SC_NS); }

    void select(int pe, int row) {
        drive(sig_dbg_pe, static_cast<uint64_t>(pe));
        if (row >= 0) drive(sig_dbg_row, static_cast<uint64_t>(row));
        settle();
    }

    template <class T>
    static void drive(sc_core::sc_signal<T> &signal, uint64_t v) {
        signal.write(static_cast<T>(v));
    }
    template <class T>
    static uint64_t value(const sc_core::sc_signal<T> &signal) {
        return bitField(signal.read(), 0, 64);
    }
    /// Lane i of word `word` (values[word * lanes + i], 0 past `count`), as a 16-bit field.
    static uint32_t lane(const int16_t *values, int64_t count, int64_t word, int lanes, int i) {
        const int64_t index = word * lanes + i;
        return i < lanes && index < count ? static_cast<uint16_t>(values[index]) : 0u;
    }
    /// A port of 16-bit lanes (ld_data, cfg_codebook) := word `word` of `values`, lane i in bits
    /// [16 i, 16 i + 16), higher bits zero. The port is an integer (<= 64 bits, lanes * 16 <= its
    /// width) or an sc_bv (wider).
    template <class T>
    static void driveLanes(sc_core::sc_signal<T> &signal, const int16_t *values, int64_t count, int64_t word,
                           int lanes) {
        static_assert(std::is_integral<T>::value && sizeof(T) <= 8, "integral ld_data port expected");
        uint64_t data = 0;
        for (int i = 0; i < lanes && i < 4; ++i) data |= uint64_t(lane(values, count, word, lanes, i)) << (16 * i);
        signal.write(static_cast<T>(data));
    }
    template <int W>
    static void driveLanes(sc_core::sc_signal<sc_dt::sc_bv<W>> &signal, const int16_t *values, int64_t count,
                           int64_t word, int lanes) {
        sc_dt::sc_bv<W> data;   // all zeros
        for (int k = 0; 32 * k < W; ++k)
            data.set_word(k, lane(values, count, word, lanes, 2 * k) | lane(values, count, word, lanes, 2 * k + 1) << 16);
        signal.write(data);
    }
    template <class V, class J, class S>
    static pdb_stage stage(const V &valid, const J &j, const S &slot) {
        pdb_stage s{};
        if (valid.read()) {
            s.valid = 1;
            s.column = static_cast<int32_t>(value(j));
            s.slot = static_cast<int32_t>(value(slot));
        }
        return s;
    }

    const pdb_build_info &info_;
    const Widths widths_;

public:
#define PDB_SIGNAL(port) SignalOf<decltype(std::declval<Model &>().port)> sig_##port{#port};
    PDB_ENGINE_PORTS(PDB_SIGNAL, PDB_SIGNAL)
#undef PDB_SIGNAL

private:
    // Declared after the signals: destroyed first (the model's ports refer to them).
    std::unique_ptr<VerilatedVcdSc> vcd_;
    std::unique_ptr<Model> model_;
};

}  // namespace pdb

#endif
