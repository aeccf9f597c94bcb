/*
 * permdnn_bridge.h: plain-C API of the PermDNN RTL reference (the Verilog of rtl-reference/rtl, turned
 * into SystemC modules by `verilator --sc`, run inside a SystemC testbench).
 *
 * The Swift side (Sources/RTLCosim) drives it in lock step with the Swift cycle model.
 * Contract:
 *  - Every function returns PDB_OK or an error status and never lets a C++ exception or a
 *    SystemC report escape; the message of the last failure is `pdb_last_error(model)`
 *    (`pdb_last_error(NULL)` for a failed `pdb_create` or a NULL model).
 *  - Each model has its own SystemC simulation context, so many models can be created and
 *    destroyed one after the other in one process. At most one model exists at a time
 *    (`pdb_create` fails with PDB_BAD_STATE while another is alive), used from one thread at
 *    a time: SystemC state is global.
 *  - Verilog parameters are fixed when the sources are generated: a model is built from one of
 *    the compiled builds (`pdb_build_count`, `pdb_build_info`); a layer may use fewer PEs
 *    than the build has (unused PEs get B_e = 0).
 *  - Time: `pdb_start` latches a tile run; afterwards the visible state readable with
 *    `pdb_engine_state` / `pdb_pe_state` is that of cycle 0 (the values the Swift model's
 *    trace shows for a cycle: start-of-cycle registers and this cycle's combinational
 *    decisions). `pdb_step(model, 1)` applies one clock edge: the state is then that of the
 *    next cycle. When `done` is 1, `cycle` holds the tile's cycle count.
 */
#ifndef PERMDNN_BRIDGE_H
#define PERMDNN_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Largest N_MUL of any build: the per-lane arrays of pdb_pe_state have this many entries. */
#define PDB_MAX_LANES 16

typedef enum pdb_status {
    PDB_OK = 0,
    PDB_BAD_ARGUMENT = 1,   /* NULL pointer, index out of range, value wider than the build */
    PDB_BAD_STATE = 2,      /* e.g. stepping past done, loading while a run is busy */
    PDB_SYSTEMC_ERROR = 3,  /* a SystemC report or exception */
    PDB_INTERNAL_ERROR = 4  /* any other C++ exception */
} pdb_status;

typedef struct pdb_model pdb_model;   /* opaque */

/* One compiled parameter set of permdnn_engine. */
typedef struct pdb_build_info {
    const char *name;          /* e.g. "pe8_mul3_q4_s16_a32" (static storage) */
    int32_t pes;               /* N_PE */
    int32_t multipliers;       /* N_MUL (<= PDB_MAX_LANES) */
    int32_t queue_depth;       /* QUEUE_DEPTH */
    int32_t word_width;        /* WORD_WIDTH, activations per NZD word S */
    int32_t acc_bits;          /* ACC_BITS */
    int32_t max_columns;       /* MAX_COLUMNS: largest n */
    int32_t max_p;             /* MAX_P: largest p */
    int32_t max_block_rows;    /* MAX_BLOCK_ROWS: largest B_e */
    int32_t weight_bits;       /* WEIGHT_BITS: 16 (fixed16), 8 (fixed8) or 4 (codebook4) */
} pdb_build_info;

int32_t pdb_build_count(void);
pdb_status pdb_get_build_info(int32_t index, pdb_build_info *out);

/* Creates and resets a model of build `build_index`. `vcd_path`: NULL, or a file to which a
 * waveform of the whole RTL hierarchy is written (GTKWave opens it; closed by pdb_destroy). */
pdb_status pdb_create(int32_t build_index, const char *vcd_path, pdb_model **out);
/* Destroys a model (NULL is accepted and ignored). */
void pdb_destroy(pdb_model *model);
/* Message of the model's last failure ("" if none); NULL: the last failure of pdb_create or of
 * a call made with a NULL model. Valid until the next call on the same model. */
const char *pdb_last_error(const pdb_model *model);

/* ---- Load port (one clock cycle per SRAM word written: S activations, N_MUL weights or
 *      permutation lanes, or one B_e; only while no run is busy) ---- */
/* Activation buffer: x_0 ..< x_{count-1} (count <= max_columns). */
pdb_status pdb_load_activations(pdb_model *model, const int16_t *x, int32_t count);
/* B_e of PE `pe` (0: unused). */
pdb_status pdb_load_block_rows(pdb_model *model, int32_t pe, int32_t block_rows);
/* Weight SRAM of PE `pe`: `words` words of N_MUL weight codes, word-major (value word*N_MUL+lane),
 * written at addresses 0 ..< words. Codes of the build's format: any 16-bit value (fixed16),
 * -128 ... 127 (fixed8), 0 ... 15 (codebook4). */
pdb_status pdb_load_weights(pdb_model *model, int32_t pe, const int16_t *image, int32_t words);
/* Permutation SRAM of PE `pe` (k values, or the formula row offsets), same layout. */
pdb_status pdb_load_permutation(pdb_model *model, int32_t pe, const int16_t *image, int32_t words);

/* ---- One tile run ---- */
typedef struct pdb_run {
    int32_t n;                 /* layer input columns */
    int32_t first_word;        /* first activation word of the column chunk */
    int32_t end_column;        /* end column of the chunk (n: all) */
    int32_t continue_group;    /* 1: keep accumulators and k registers (next chunk) */
    int32_t drain;             /* 1: drain after the chunk */
    int32_t p;                 /* block size */
    int32_t frac_bits;         /* F, 0 ... 15 */
    int32_t relu;              /* 0 or 1 */
    int32_t formula;           /* 1: k from the formula unit */
    int32_t weight_shift;      /* fixed8: left shift of the codes, 0 ... 8 (0 for the other formats) */
    int16_t codebook[16];      /* codebook4: the layer's codebook, codebook[0] == 0 (zeros otherwise) */
} pdb_run;

/* Latches the run (one clock cycle with `start` high). */
pdb_status pdb_start(pdb_model *model, const pdb_run *run);

/* Applies `cycles` clock edges (cycles >= 0). */
pdb_status pdb_step(pdb_model *model, int32_t cycles);
/* Steps until `done` (at most `max_cycles` edges, else PDB_BAD_STATE); `*cycles` = the run's
 * cycle count. Reads no per-PE state (whole-layer mode). */
pdb_status pdb_run_to_done(pdb_model *model, int64_t max_cycles, int64_t *cycles);

/* ---- Visible state of the current cycle ---- */
typedef struct pdb_engine_state {
    int64_t cycle;             /* cycle number within the run */
    int32_t nzd_action;        /* 0 idle, 1 read word, 2 broadcast, 3 stall (meaningless while draining) */
    int32_t nzd_word;          /* word read (action 1) */
    int32_t nzd_column;        /* column j broadcast (action 2) */
    int32_t draining;
    int32_t busy;
    int32_t done;
} pdb_engine_state;

typedef struct pdb_stage {
    int32_t valid;
    int32_t column;            /* j */
    int32_t slot;              /* issue slot s */
} pdb_stage;

typedef struct pdb_pe_state {
    int32_t active;            /* B_e != 0 */
    int32_t queue_count;       /* start-of-cycle occupancy */
    pdb_stage idx;             /* IDX issues this slot this cycle */
    pdb_stage wrd;             /* IDX->WRD register */
    pdb_stage dec;             /* WRD->DEC register (builds with WEIGHT_BITS < 16; else empty) */
    pdb_stage mul;             /* WRD->MUL register (DEC->MUL with a DEC stage) */
    pdb_stage acc;             /* MUL->ACC register */
    int32_t acc_lanes;         /* active lanes of the MUL->ACC register */
    int32_t rows[PDB_MAX_LANES];        /* MUL->ACC register: local row of each lane */
    int32_t products[PDB_MAX_LANES];    /* MUL->ACC register: 32-bit product of each lane */
    int32_t acc_write[PDB_MAX_LANES];   /* 1: lane writes its accumulator at this clock edge */
    int64_t acc_value[PDB_MAX_LANES];   /* the value written (sign-extended from ACC_BITS) */
    int32_t output_writes;     /* drain: output rows written at this clock edge */
} pdb_pe_state;

pdb_status pdb_engine_state_get(pdb_model *model, pdb_engine_state *out);
/* State of PEs first ..< first+count into out[0 ..< count]. */
pdb_status pdb_pe_states_get(pdb_model *model, int32_t first, int32_t count, pdb_pe_state *out);

/* Accumulator and drained output of PE `pe`'s local row (b*p + i). */
pdb_status pdb_read_row(pdb_model *model, int32_t pe, int32_t local_row, int64_t *accumulator, int16_t *output);

#ifdef __cplusplus
}
#endif

#endif /* PERMDNN_BRIDGE_H */
