#!/usr/bin/env bash
# Lints the RTL with `verilator --lint-only -Wall` for the default parameters and a spread of
# corner cases (1 lane, non-power-of-two sizes, depth-1 queue, narrow and wide accumulators) in
# every weight format (WEIGHT_BITS 16, 8 and 4).
# Zero warnings is the rule; exits non-zero on any message.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sets=(
    ""
    "-GN_PE=1 -GN_MUL=1 -GQUEUE_DEPTH=1 -GWORD_WIDTH=1 -GACC_BITS=16"
    "-GN_PE=5 -GN_MUL=3 -GQUEUE_DEPTH=3 -GWORD_WIDTH=13 -GACC_BITS=48"
    "-GN_PE=32 -GN_MUL=8 -GWORD_WIDTH=64 -GMAX_COLUMNS=4096 -GMAX_P=64 -GMAX_BLOCK_ROWS=512"
    "-GN_PE=2 -GN_MUL=8 -GMAX_BLOCK_ROWS=8 -GWORD_WIDTH=128 -GMAX_COLUMNS=128"
    "-GN_PE=7 -GN_MUL=7 -GQUEUE_DEPTH=12 -GWORD_WIDTH=7 -GACC_BITS=17 -GMAX_COLUMNS=100 -GMAX_P=13 -GMAX_BLOCK_ROWS=37"
    "-GWEIGHT_BITS=8"
    "-GWEIGHT_BITS=4"
    "-GN_PE=1 -GN_MUL=1 -GQUEUE_DEPTH=1 -GWORD_WIDTH=1 -GACC_BITS=16 -GWEIGHT_BITS=4"
    "-GN_PE=5 -GN_MUL=3 -GQUEUE_DEPTH=3 -GWORD_WIDTH=13 -GACC_BITS=48 -GWEIGHT_BITS=8"
    "-GN_PE=32 -GN_MUL=8 -GWORD_WIDTH=64 -GMAX_COLUMNS=4096 -GMAX_P=64 -GMAX_BLOCK_ROWS=512 -GWEIGHT_BITS=4"
    "-GN_PE=2 -GN_MUL=8 -GMAX_BLOCK_ROWS=8 -GWORD_WIDTH=128 -GMAX_COLUMNS=128 -GMAX_P=300 -GWEIGHT_BITS=8"
)
status=0
for params in "${sets[@]}"; do
    # shellcheck disable=SC2086
    if out=$(verilator --lint-only -Wall --top-module permdnn_engine $params "$here"/rtl/*.v 2>&1) && [ -z "$out" ]; then
        echo "lint clean: ${params:-defaults}"
    else
        echo "lint FAILED: ${params:-defaults}"; echo "$out"; status=1
    fi
done
exit $status
