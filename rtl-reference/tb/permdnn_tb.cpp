// Verilator testbench of permdnn_engine: reads a layer file (format: rtl-reference/README.md),
// maps the layer onto the PEs, loads the SRAM images, runs its weight tiles (one engine run
// each: a row group over a column chunk; one tile when the layer fits) and prints, per cycle,
// the visible state in exactly the format of the Swift model's trace
// (PermDNNEngine.lineTrace / ProcessingElement.lineTrace), then the cycle counts and every
// output row:
//     tile <t> cycles <N>            one line per tile
//     cycles <total>                 with the double-buffered DRAM schedule (AnalyticModel)
//     row <i> out <output> acc <accumulator>
// Build parameters come in as TB_* macros (rtl-reference/build.sh), identical to the
// Verilog parameters the model was built with.
//
// Usage: permdnn_tb LAYER_FILE [--no-trace] [--repeat K]
#include "Vpermdnn_engine.h"
#include "verilated.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#ifndef TB_N_PE
#error "build with -DTB_N_PE=... (see build.sh)"
#endif

namespace {

struct Tile {
    long firstBlockRow, blockRows, firstColumn, endColumn, transferCycles;
};

struct Layer {
    std::map<std::string, long> arch;     // pes mul queue word frac acc
    long m = 0, n = 0, p = 0;
    bool relu = false;
    bool formula = false;
    std::vector<long> k;                  // Mb*Nb, row-major by block
    std::vector<long> w;                  // Mb*Nb*p: w[(r*Nb + c)*p + t]
    std::vector<long> x;                  // n
    std::vector<Tile> tiles;              // empty: one tile, the whole layer
};

[[noreturn]] void fail(const std::string& message) {
    std::cerr << "permdnn_tb: " << message << "\n";
    std::exit(2);
}

Layer readLayer(const std::string& path) {
    std::ifstream in(path);
    if (!in) fail("cannot open " + path);
    Layer layer;
    std::string line;
    bool header = false;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string key;
        if (!(fields >> key) || key[0] == '#') continue;
        if (key == "permdnn-layer") {
            long version = 0;
            fields >> version;
            if (version != 1) fail("unsupported layer file version");
            header = true;
        } else if (key == "arch") {
            std::string name;
            long value;
            while (fields >> name >> value) layer.arch[name] = value;
        } else if (key == "shape") {
            std::string name, value;
            while (fields >> name >> value) {
                if (name == "m") layer.m = std::stol(value);
                else if (name == "n") layer.n = std::stol(value);
                else if (name == "p") layer.p = std::stol(value);
                else if (name == "relu") layer.relu = value == "1";
                else if (name == "perm") {
                    if (value != "stored" && value != "formula") fail("perm must be stored or formula");
                    layer.formula = value == "formula";
                } else fail("unknown shape field " + name);
            }
        } else if (key == "tile") {
            Tile tile{};
            if (!(fields >> tile.firstBlockRow >> tile.blockRows >> tile.firstColumn >> tile.endColumn >> tile.transferCycles))
                fail("tile needs: firstBlockRow blockRows firstColumn endColumn transferCycles");
            layer.tiles.push_back(tile);
        } else if (key == "k" || key == "w" || key == "x") {
            std::vector<long>& target = key == "k" ? layer.k : key == "w" ? layer.w : layer.x;
            long value;
            while (fields >> value) target.push_back(value);
        } else {
            fail("unknown line " + key);
        }
    }
    if (!header) fail(path + ": missing 'permdnn-layer 1' header");
    return layer;
}

long archValue(const Layer& layer, const char* name) {
    auto it = layer.arch.find(name);
    if (it == layer.arch.end()) fail(std::string("arch field missing: ") + name);
    return it->second;
}

std::string pad(const std::string& text, size_t width) {
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string cell(bool valid, uint64_t column, uint64_t slot) {
    if (!valid) return pad("-", 8);
    return pad(std::to_string(column) + "." + std::to_string(slot), 8);
}

// ld_data: one load word, lane i in bits [16*i, 16*i + 16). The port is an integer up to 64 bits
// and a VlWide (32-bit words) beyond; bits past the lanes given are zero.
template <class T>
void setLoadWord(T& port, const std::vector<uint16_t>& lanes) {
    static_assert(sizeof(T) * 8 <= 64, "integral load port expected");
    uint64_t word = 0;
    for (size_t i = 0; i < lanes.size() && i < sizeof(T) / 2; ++i) word |= uint64_t(lanes[i]) << (16 * i);
    port = static_cast<T>(word);
}
template <std::size_t W>
void setLoadWord(VlWide<W>& port, const std::vector<uint16_t>& lanes) {
    for (std::size_t w = 0; w < W; ++w) {
        const std::size_t low = 2 * w, high = 2 * w + 1;
        port.at(w) = (low < lanes.size() ? lanes[low] : 0u) | (high < lanes.size() ? uint32_t(lanes[high]) << 16 : 0u);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) fail("usage: permdnn_tb LAYER_FILE [--no-trace] [--repeat K]");
    bool trace = true;
    int repeat = 1;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--no-trace") trace = false;
        else if (arg == "--repeat" && i + 1 < argc) repeat = std::atoi(argv[++i]);
        else fail("unknown option " + arg);
    }
    const Layer layer = readLayer(argv[1]);

    // The layer's architecture must be this build's (N_PE may be smaller: extra PEs stay unused).
    const long pes = archValue(layer, "pes"), lanes = archValue(layer, "mul");
    if (pes < 1 || pes > TB_N_PE) fail("arch pes exceeds this build's N_PE");
    if (lanes != TB_N_MUL) fail("arch mul differs from this build's N_MUL");
    if (archValue(layer, "queue") != TB_QUEUE_DEPTH) fail("arch queue differs from this build's QUEUE_DEPTH");
    if (archValue(layer, "word") != TB_WORD_WIDTH) fail("arch word differs from this build's WORD_WIDTH");
    if (archValue(layer, "acc") != TB_ACC_BITS) fail("arch acc differs from this build's ACC_BITS");
    const long frac = archValue(layer, "frac");
    if (frac < 0 || frac > 15) fail("frac must be in 0...15");

    const long m = layer.m, n = layer.n, p = layer.p;
    if (m < 1 || n < 1 || p < 1) fail("m, n and p must be at least 1");
    if (n > TB_MAX_COLUMNS) fail("n exceeds MAX_COLUMNS");
    if (p > TB_MAX_P) fail("p exceeds MAX_P");
    const long mb = (m + p - 1) / p, nb = (n + p - 1) / p;
    if ((long)layer.k.size() != mb * nb) fail("k needs Mb*Nb values");
    if ((long)layer.w.size() != mb * nb * p) fail("w needs Mb*Nb*p values");
    if ((long)layer.x.size() != n) fail("x needs n values");

    std::vector<Tile> tiles = layer.tiles;
    if (tiles.empty()) tiles.push_back(Tile{0, mb, 0, n, 0});
    for (const Tile& t : tiles) {
        const bool chunkOK = t.firstColumn >= 0 && t.firstColumn < t.endColumn && t.endColumn <= n
            && t.firstColumn % TB_WORD_WIDTH == 0;
        if (t.firstBlockRow < 0 || t.blockRows < 1 || t.firstBlockRow + t.blockRows > mb || !chunkOK)
            fail("tile outside the layer, or a chunk not starting on an activation word");
    }
    if (repeat > 1 && tiles.size() > 1) fail("--repeat needs a single-tile layer");

    auto context = std::make_unique<VerilatedContext>();
    context->commandArgs(argc, argv);
    auto top = std::make_unique<Vpermdnn_engine>(context.get());
    auto tick = [&]() {
        top->clk = 0;
        top->eval();
        top->clk = 1;
        top->eval();
    };
    // One load-port write per clock: a whole word (its lanes; missing lanes are zero).
    auto load = [&](int sel, long pe, long addr, const std::vector<long>& lanes) {
        std::vector<uint16_t> data(lanes.size());
        for (size_t i = 0; i < lanes.size(); ++i) data[i] = (uint16_t)lanes[i];
        top->ld_we = 1;
        top->ld_sel = sel;
        top->ld_pe = pe;
        top->ld_addr = addr;
        setLoadWord(top->ld_data, data);
        tick();
    };

    top->rst = 1;
    tick();
    top->rst = 0;
    // Activation buffer: word j / S, lane j mod S (the last word zero padded).
    for (long word = 0; word * TB_WORD_WIDTH < n; ++word) {
        std::vector<long> lanes(TB_WORD_WIDTH, 0);
        for (long i = 0; i < TB_WORD_WIDTH && word * TB_WORD_WIDTH + i < n; ++i) lanes[i] = layer.x[word * TB_WORD_WIDTH + i];
        load(0, 0, word, lanes);
    }
    top->ld_we = 0;
    top->cfg_n = n;
    top->cfg_p = p;
    top->cfg_frac = frac;
    top->cfg_relu = layer.relu;
    top->cfg_formula = layer.formula;

    std::vector<long> outputs(m), accumulators(m), tileCycles;
    std::vector<long> blockRows(TB_N_PE, 0);
    long activePEs = 0, groupFirst = 0;
    double seconds = 0;
    uint64_t simulated = 0;
    for (const Tile& tile : tiles) {
        if (tile.firstColumn == 0) {
            // A new row group: interleaved mapping of its block-rows (global block-row
            // firstBlockRow + b*N_PE + e is local block-row b of PE e), images loaded.
            groupFirst = tile.firstBlockRow;
            activePEs = std::min(pes, tile.blockRows);
            for (long e = 0; e < TB_N_PE; ++e) {
                const long b = e < activePEs ? (tile.blockRows - e + pes - 1) / pes : 0;
                if (b > TB_MAX_BLOCK_ROWS) fail("B_e exceeds MAX_BLOCK_ROWS");
                blockRows[e] = b;
                load(3, e, 0, {b});
                if (b == 0) continue;
                const long s = (b + lanes - 1) / lanes;
                auto globalRow = [&](long local) { return groupFirst + local * pes + e; };
                // Word `word` of a slot's lanes: lane = local block-row mod N_MUL (zero padded).
                auto slotWord = [&](long word, auto value) {
                    std::vector<long> data(lanes, 0);
                    for (long lane = 0; lane < lanes; ++lane) {
                        const long local = word * lanes + lane;
                        if (local < b) data[lane] = value(globalRow(local));
                    }
                    return data;
                };
                // Weight word j*S_e + slot.
                for (long j = 0; j < n; ++j)
                    for (long word = 0; word < s; ++word)
                        load(1, e, j * s + word, slotWord(word, [&](long r) { return layer.w[r * nb * p + j]; }));
                if (layer.formula) {
                    // Row offsets (r_b * Nb) mod p in words 0 ..< S_e.
                    for (long word = 0; word < s; ++word)
                        load(2, e, word, slotWord(word, [&](long r) { return (r * nb) % p; }));
                } else {
                    // Permutation word c*S_e + slot.
                    for (long c = 0; c < nb; ++c)
                        for (long word = 0; word < s; ++word)
                            load(2, e, c * s + word, slotWord(word, [&](long r) { return layer.k[r * nb + c]; }));
                }
            }
            top->ld_we = 0;
        }
        const bool drains = tile.endColumn == n;
        top->cfg_first_word = tile.firstColumn / TB_WORD_WIDTH;
        top->cfg_end = tile.endColumn;
        top->cfg_continue = tile.firstColumn != 0;
        top->cfg_drain = drains;

        for (int run = 0; run < repeat; ++run) {
            top->start = 1;
            tick();
            top->start = 0;
            const bool print = trace && run == 0;
            const auto begin = std::chrono::steady_clock::now();
            while (true) {
                top->clk = 0;
                top->eval();
                if (top->done) break;
                if (!top->busy) fail("engine not running");
                if (print) {
                    std::string nzd;
                    switch (top->draining ? 4 : top->nzd_action) {
                    case 0: nzd = "idle"; break;
                    case 1: nzd = "read w" + std::to_string(top->nzd_word); break;
                    case 2: nzd = "bcast j" + std::to_string(top->nzd_j); break;
                    case 3: nzd = "stall"; break;
                    default: nzd = "drain"; break;
                    }
                    std::string cycleText = std::to_string(top->cycle);
                    std::string line = std::string(cycleText.size() < 7 ? 7 - cycleText.size() : 0, ' ')
                        + cycleText + " | " + pad(nzd, 11) + " | q ";
                    std::string stages;
                    for (long e = 0; e < activePEs; ++e) {
                        top->dbg_pe = e;
                        top->eval();
                        const unsigned count = top->dbg_qcount;
                        line += std::to_string(count < 9 ? count : 9);
                        if (e < 4) {
                            stages += " | PE" + std::to_string(e) + " q" + std::to_string(count)
                                + " I " + cell(top->dbg_i_valid, top->dbg_i_j, top->dbg_i_slot)
                                + "W " + cell(top->dbg_w_valid, top->dbg_w_j, top->dbg_w_slot)
                                + "M " + cell(top->dbg_m_valid, top->dbg_m_j, top->dbg_m_slot)
                                + "A " + cell(top->dbg_a_valid, top->dbg_a_j, top->dbg_a_slot);
                        }
                    }
                    std::fputs((line + stages + "\n").c_str(), stdout);
                }
                top->clk = 1;
                top->eval();
            }
            seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            simulated += top->cycle;
        }
        tileCycles.push_back(top->cycle);

        if (drains) {
            // Outputs and accumulators of the row group's rows r*p + i < m.
            for (long e = 0; e < activePEs; ++e) {
                top->dbg_pe = e;
                for (long local = 0; local < blockRows[e]; ++local) {
                    const long r = groupFirst + local * pes + e;
                    for (long i = 0; i < p && r * p + i < m; ++i) {
                        top->dbg_row = local * p + i;
                        top->eval();
                        const uint64_t raw = top->dbg_acc;
                        accumulators[r * p + i] = (int64_t)(raw << (64 - TB_ACC_BITS)) >> (64 - TB_ACC_BITS);
                        outputs[r * p + i] = (int16_t)top->dbg_out;
                    }
                }
            }
        }
    }

    // Double-buffered DRAM schedule (AnalyticModel.schedule): transfer t starts when transfer
    // t-1 is done and tile t-2 has finished; tile t computes when its transfer is done and
    // tile t-1 has finished.
    long transferEnd = 0;
    std::vector<long> computeEnds;
    for (size_t t = 0; t < tileCycles.size(); ++t) {
        const long bufferFree = t >= 2 ? computeEnds[t - 2] : 0;
        transferEnd = std::max(transferEnd, bufferFree) + tiles[t].transferCycles;
        const long begin = std::max(t >= 1 ? computeEnds[t - 1] : 0L, transferEnd);
        computeEnds.push_back(begin + tileCycles[t]);
    }
    for (size_t t = 0; t < tileCycles.size(); ++t) std::printf("tile %zu cycles %ld\n", t, tileCycles[t]);
    std::printf("cycles %ld\n", computeEnds.empty() ? 0L : computeEnds.back());
    for (long i = 0; i < m; ++i) std::printf("row %ld out %ld acc %ld\n", i, outputs[i], accumulators[i]);
    if (!trace) {
        std::fprintf(stderr, "simulated %llu cycles in %.3f s: %.0f cycles/s\n",
                     (unsigned long long)simulated, seconds, simulated / seconds);
    }
    top->final();
    return 0;
}
