// The plain-C bridge (include/permdnn_bridge.h) over the SystemC testbench (testbench.h).
// Every entry point validates its arguments against the model's build, runs its work inside
// `guarded`, which turns every C++ exception and SystemC report into a status and a message,
// and never lets one escape into Swift.
#include "include/permdnn_bridge.h"
#include "testbench.h"

#include "verilated.h"

#include <systemc>

#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

// libsystemc.so defines `main` and needs an `sc_main`; the process's own `main` (Swift's) wins
// and this one is never called.
extern "C" int sc_main(int, char **) { return 0; }

namespace {

int clog2(int64_t x) {
    int bits = 0;
    while ((int64_t(1) << bits) < x) ++bits;
    return bits;
}

/// A failed validation or a misuse: the status and the message (function name prepended).
struct Failure {
    pdb_status status;
    std::string message;
};

[[noreturn]] void fail(pdb_status status, std::string message) { throw Failure{status, std::move(message)}; }

std::string globalError;   // pdb_last_error(NULL)

}  // namespace

pdb::Widths::Widths(const pdb_build_info &info) {
    // permdnn_engine.v's derived parameters, in its order.
    pw = clog2(info.max_p + 1);
    siw = info.word_width > 1 ? clog2(info.word_width) : 1;
    const int cwmin = (pw > siw ? pw : siw) + 1;
    cw = clog2(info.max_columns + 1) > cwmin ? clog2(info.max_columns + 1) : cwmin;
    maxWords = (info.max_columns + info.word_width - 1) / info.word_width;
    wiw = clog2(maxWords + 1);
    maxSlots = (info.max_block_rows + info.multipliers - 1) / info.multipliers;
    sw = clog2(maxSlots + 1);
    lw = clog2(info.multipliers + 1);
    bw = sw + lw;
    rw = bw + pw;
    waw = cw + sw;
    ldw = 16 * (info.multipliers > info.word_width ? info.multipliers : info.word_width);
    pew = info.pes > 1 ? clog2(info.pes) : 1;
    qcw = clog2(info.queue_depth + 1);
}

struct pdb_model {
    const pdb_build_info &info;
    const pdb::Widths widths;
    std::unique_ptr<VerilatedContext> verilated;
    std::unique_ptr<pdb::Testbench> testbench;
    std::string error;
    std::string brokenBy;    // non-empty: an earlier simulation step failed; only destroy is safe
    bool started = false;    // a run was started (pdb_start)

    explicit pdb_model(const pdb_build_info &buildInfo) : info(buildInfo), widths(buildInfo) {}
};

namespace {

pdb_model *liveModel = nullptr;   // at most one model: SystemC state is global

void record(pdb_model *model, const std::string &message) noexcept {
    try {
        (model ? model->error : globalError) = message;
    } catch (...) {
        // Out of memory for the message: keep the previous one.
    }
}

/// Runs `body`; maps its exceptions to statuses and records the message for pdb_last_error.
/// An exception other than a validation failure leaves the simulation in an unknown state: the
/// model is marked broken and refuses further simulation.
template <class Body>
pdb_status guarded(pdb_model *model, const char *function, Body &&body) noexcept {
    pdb_status status = PDB_INTERNAL_ERROR;
    std::string message;
    try {
        body();
        return PDB_OK;
    } catch (const Failure &failure) {
        record(model, std::string(function) + ": " + failure.message);
        return failure.status;
    } catch (const sc_core::sc_report &report) {
        status = PDB_SYSTEMC_ERROR;
        try { message = std::string("SystemC error: ") + report.what(); } catch (...) {}
    } catch (const std::exception &exception) {
        try { message = std::string("C++ exception: ") + exception.what(); } catch (...) {}
    } catch (...) {
        message = "unknown C++ exception";
    }
    record(model, std::string(function) + ": " + message);
    if (model) {
        try { model->brokenBy = message.empty() ? "an exception" : message; } catch (...) {}
    }
    return status;
}

/// The model argument of every call but create/destroy/last_error: non-NULL, not broken.
void requireModel(pdb_model *model) {
    if (!model) fail(PDB_BAD_ARGUMENT, "model is NULL");
    if (!model->brokenBy.empty())
        fail(PDB_BAD_STATE, "the model failed earlier (" + model->brokenBy + "); destroy it");
}

void requirePointer(const void *pointer, const char *name) {
    if (!pointer) fail(PDB_BAD_ARGUMENT, std::string(name) + " is NULL");
}

void requireRange(int64_t value, const char *name, int64_t low, int64_t high, const std::string &rule) {
    if (value < low || value > high)
        fail(PDB_BAD_ARGUMENT, std::string(name) + " = " + std::to_string(value) + " must be in " +
                                   std::to_string(low) + "..." + std::to_string(high) + " (" + rule + ")");
}

void requirePE(const pdb_model *model, int32_t pe) {
    requireRange(pe, "pe", 0, model->info.pes - 1, std::string("N_PE of build ") + model->info.name);
}

void requireFlag(int32_t value, const char *name) { requireRange(value, name, 0, 1, "a flag"); }

/// The load port is usable only while no run is in progress (the cycle in which `done` rises
/// is the run's last: loading then is allowed, as the --cc testbench does for the next tile).
void requireNotRunning(pdb_model *model) {
    if (model->testbench->busy() && !model->testbench->done())
        fail(PDB_BAD_STATE, "a run is in progress (busy and not done): the load port is only for idle models");
}

/// Stepping needs a started run that is not done.
void requireRunning(pdb_model *model) {
    if (!model->started) fail(PDB_BAD_STATE, "no run was started (pdb_start)");
    if (model->testbench->done()) fail(PDB_BAD_STATE, "the run is done: stepping past done");
    if (!model->testbench->busy()) fail(PDB_BAD_STATE, "the engine is not running");
}

/// Largest word count of a weight or permutation image: MAX_COLUMNS * ceil(MAX_BLOCK_ROWS / N_MUL).
int64_t maxImageWords(const pdb_model *model) {
    return int64_t(model->info.max_columns) * model->widths.maxSlots;
}

void loadImage(pdb_model *model, pdb::LoadTarget target, int32_t pe, const int16_t *image, int32_t words) {
    requireModel(model);
    requirePE(model, pe);
    requireRange(words, "words", 0, maxImageWords(model),
                 std::string("MAX_COLUMNS * ceil(MAX_BLOCK_ROWS / N_MUL) of build ") + model->info.name);
    if (words > 0) requirePointer(image, "image");
    const int lanes = model->info.multipliers;
    const int64_t count = int64_t(words) * lanes;
    if (target == pdb::LoadTarget::permutation) {
        for (int64_t i = 0; i < count; ++i)
            if (image[i] < 0 || image[i] >= model->info.max_p)
                fail(PDB_BAD_ARGUMENT, "image[" + std::to_string(i) + "] = " + std::to_string(image[i]) +
                                           " must be in 0..." + std::to_string(model->info.max_p - 1) +
                                           " (a k value or row offset below MAX_P)");
    }
    if (target == pdb::LoadTarget::weight && model->info.weight_bits < 16) {
        // The SRAM keeps a lane's low WEIGHT_BITS bits: a code outside the format would be cut.
        const int bits = model->info.weight_bits;
        const int low = bits == 8 ? -128 : 0, high = bits == 8 ? 127 : 15;
        for (int64_t i = 0; i < count; ++i)
            if (image[i] < low || image[i] > high)
                fail(PDB_BAD_ARGUMENT, "image[" + std::to_string(i) + "] = " + std::to_string(image[i]) +
                                           " must be in " + std::to_string(low) + "..." + std::to_string(high) +
                                           " (a " + (bits == 8 ? "fixed8" : "codebook4") + " code of build " +
                                           model->info.name + ")");
    }
    requireNotRunning(model);
    model->testbench->load(target, pe, image, count, lanes);
}

}  // namespace

extern "C" {

int32_t pdb_build_count(void) { return pdb::buildCount; }

pdb_status pdb_get_build_info(int32_t index, pdb_build_info *out) {
    return guarded(nullptr, "pdb_get_build_info", [&] {
        requirePointer(out, "out");
        requireRange(index, "index", 0, pdb::buildCount - 1, "pdb_build_count()");
        *out = pdb::builds[index].info;
    });
}

pdb_status pdb_create(int32_t build_index, const char *vcd_path, pdb_model **out) {
    return guarded(nullptr, "pdb_create", [&] {
        requirePointer(out, "out");
        *out = nullptr;
        requireRange(build_index, "build_index", 0, pdb::buildCount - 1, "pdb_build_count()");
        if (vcd_path && !vcd_path[0]) fail(PDB_BAD_ARGUMENT, "vcd_path is empty (NULL: no waveform)");
        if (liveModel) fail(PDB_BAD_STATE, "another model is alive: destroy it first (one model at a time)");

        // A Verilator fatal error or a SystemC fatal report throws instead of ending the process.
        sc_core::sc_report_handler::set_actions(sc_core::SC_FATAL, sc_core::SC_DISPLAY | sc_core::SC_THROW);

        // A fresh SystemC simulation context per model (elaboration happens once per context).
        // The previous context is deliberately leaked: deleting it crashes SystemC 2.3.4.
        sc_core::sc_curr_simcontext = new sc_core::sc_simcontext();
        sc_core::sc_default_global_context = sc_core::sc_curr_simcontext;

        const pdb::Build &build = pdb::builds[build_index];
        std::unique_ptr<pdb_model> model(new pdb_model(build.info));
        model->verilated.reset(new VerilatedContext());
        if (vcd_path) model->verilated->traceEverOn(true);
        Verilated::threadContextp(model->verilated.get());
        try {
            model->testbench.reset(build.make());
            model->testbench->elaborate();
            if (vcd_path) model->testbench->openVcd(vcd_path);
            model->testbench->reset();
        } catch (...) {
            try { model->testbench.reset(); } catch (...) {}
            Verilated::threadContextp(Verilated::defaultContextp());
            throw;
        }
        liveModel = model.get();
        *out = model.release();
    });
}

void pdb_destroy(pdb_model *model) {
    if (!model) return;
    try {
        if (model->testbench) model->testbench->closeVcd();
    } catch (...) {
        // The file may be incomplete; the model goes anyway.
    }
    try {
        model->testbench.reset();
    } catch (...) {
    }
    // A later model must not find this model's (deleted) Verilator context.
    Verilated::threadContextp(Verilated::defaultContextp());
    if (liveModel == model) liveModel = nullptr;
    delete model;
}

const char *pdb_last_error(const pdb_model *model) { return model ? model->error.c_str() : globalError.c_str(); }

pdb_status pdb_load_activations(pdb_model *model, const int16_t *x, int32_t count) {
    return guarded(model, "pdb_load_activations", [&] {
        requireModel(model);
        requireRange(count, "count", 0, model->info.max_columns, std::string("MAX_COLUMNS of build ") + model->info.name);
        if (count > 0) requirePointer(x, "x");
        requireNotRunning(model);
        // Activation j: word j / S, lane j mod S, one word per clock (the --cc testbench's mapping).
        model->testbench->load(pdb::LoadTarget::activation, 0, x, count, model->info.word_width);
    });
}

pdb_status pdb_load_block_rows(pdb_model *model, int32_t pe, int32_t block_rows) {
    return guarded(model, "pdb_load_block_rows", [&] {
        requireModel(model);
        requirePE(model, pe);
        requireRange(block_rows, "block_rows", 0, model->info.max_block_rows,
                     std::string("MAX_BLOCK_ROWS of build ") + model->info.name);
        requireNotRunning(model);
        const int16_t value = static_cast<int16_t>(block_rows);
        model->testbench->load(pdb::LoadTarget::blockRows, pe, &value, 1, 1);
    });
}

pdb_status pdb_load_weights(pdb_model *model, int32_t pe, const int16_t *image, int32_t words) {
    return guarded(model, "pdb_load_weights", [&] { loadImage(model, pdb::LoadTarget::weight, pe, image, words); });
}

pdb_status pdb_load_permutation(pdb_model *model, int32_t pe, const int16_t *image, int32_t words) {
    return guarded(model, "pdb_load_permutation",
                   [&] { loadImage(model, pdb::LoadTarget::permutation, pe, image, words); });
}

pdb_status pdb_start(pdb_model *model, const pdb_run *run) {
    return guarded(model, "pdb_start", [&] {
        requireModel(model);
        requirePointer(run, "run");
        const pdb_build_info &info = model->info;
        requireRange(run->n, "run.n", 1, info.max_columns, std::string("MAX_COLUMNS of build ") + info.name);
        requireRange(run->end_column, "run.end_column", 1, run->n, "a chunk ends within the layer's n columns");
        const int64_t words = (int64_t(run->end_column) + info.word_width - 1) / info.word_width;
        requireRange(run->first_word, "run.first_word", 0, words - 1,
                     "the chunk's first activation word is below ceil(end_column / WORD_WIDTH)");
        requireFlag(run->continue_group, "run.continue_group");
        requireFlag(run->drain, "run.drain");
        requireRange(run->p, "run.p", 1, info.max_p, std::string("MAX_P of build ") + info.name);
        requireRange(run->frac_bits, "run.frac_bits", 0, 15, "the 4-bit cfg_frac port");
        requireFlag(run->relu, "run.relu");
        requireFlag(run->formula, "run.formula");
        requireRange(run->weight_shift, "run.weight_shift", 0, info.weight_bits == 8 ? 8 : 0,
                     info.weight_bits == 8 ? "the fixed8 shift" : std::string("no shift: build ") + info.name + " is not fixed8");
        requireRange(run->codebook[0], "run.codebook[0]", 0, 0, "entry 0 is reserved for the weight 0");
        if (info.weight_bits != 4)
            for (int i = 1; i < 16; ++i)
                requireRange(run->codebook[i], ("run.codebook[" + std::to_string(i) + "]").c_str(), 0, 0,
                             std::string("no codebook: build ") + info.name + " is not codebook4");
        requireNotRunning(model);
        model->testbench->start(*run);
        model->started = true;
    });
}

pdb_status pdb_step(pdb_model *model, int32_t cycles) {
    return guarded(model, "pdb_step", [&] {
        requireModel(model);
        requireRange(cycles, "cycles", 0, INT32_MAX, "a number of clock edges");
        if (!model->started) fail(PDB_BAD_STATE, "no run was started (pdb_start)");
        for (int32_t i = 0; i < cycles; ++i) {
            if (model->testbench->done() || !model->testbench->busy())
                fail(PDB_BAD_STATE, "the run is done after " + std::to_string(i) + " of " + std::to_string(cycles) +
                                        " clock edges: stepping past done");
            model->testbench->step();
        }
    });
}

pdb_status pdb_run_to_done(pdb_model *model, int64_t max_cycles, int64_t *cycles) {
    return guarded(model, "pdb_run_to_done", [&] {
        requireModel(model);
        requirePointer(cycles, "cycles");
        requireRange(max_cycles, "max_cycles", 0, INT64_MAX, "a number of clock edges");
        if (!model->started) fail(PDB_BAD_STATE, "no run was started (pdb_start)");
        pdb::Testbench &testbench = *model->testbench;
        for (int64_t edges = 0; !testbench.done(); ++edges) {
            if (edges == max_cycles)
                fail(PDB_BAD_STATE, "not done after max_cycles = " + std::to_string(max_cycles) + " clock edges");
            if (!testbench.busy()) fail(PDB_BAD_STATE, "the engine stopped running without done");
            testbench.step();
        }
        pdb_engine_state state;
        testbench.engineState(&state);
        *cycles = state.cycle;
    });
}

pdb_status pdb_engine_state_get(pdb_model *model, pdb_engine_state *out) {
    return guarded(model, "pdb_engine_state_get", [&] {
        requireModel(model);
        requirePointer(out, "out");
        model->testbench->engineState(out);
    });
}

pdb_status pdb_pe_states_get(pdb_model *model, int32_t first, int32_t count, pdb_pe_state *out) {
    return guarded(model, "pdb_pe_states_get", [&] {
        requireModel(model);
        const int32_t pes = model->info.pes;
        requireRange(first, "first", 0, pes, std::string("N_PE of build ") + model->info.name);
        requireRange(count, "count", 0, pes - first, "first + count <= N_PE");
        if (count > 0) requirePointer(out, "out");
        for (int32_t i = 0; i < count; ++i) model->testbench->peState(first + i, &out[i]);
    });
}

pdb_status pdb_read_row(pdb_model *model, int32_t pe, int32_t local_row, int64_t *accumulator, int16_t *output) {
    return guarded(model, "pdb_read_row", [&] {
        requireModel(model);
        requirePE(model, pe);
        requireRange(local_row, "local_row", 0, int64_t(model->info.max_block_rows) * model->info.max_p - 1,
                     "MAX_BLOCK_ROWS * MAX_P rows per PE");
        requirePointer(accumulator, "accumulator");
        requirePointer(output, "output");
        model->testbench->readRow(pe, local_row, accumulator, output);
    });
}

}  // extern "C"
