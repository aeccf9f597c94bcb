#!/usr/bin/env bash
# Builds (once) the Verilator testbench for one parameter set and prints the binary's path.
# Usage: build.sh N_PE N_MUL QUEUE_DEPTH WORD_WIDTH ACC_BITS
# Output goes to rtl-reference/build/<key>/ (not committed). A build is reused while it is
# newer than every RTL and testbench source. MAX_* sizes are fixed here for every build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ne 5 ]; then echo "usage: $0 N_PE N_MUL QUEUE_DEPTH WORD_WIDTH ACC_BITS" >&2; exit 2; fi
n_pe=$1 n_mul=$2 queue=$3 word=$4 acc=$5
max_columns=${MAX_COLUMNS:-128} max_p=${MAX_P:-16} max_block_rows=${MAX_BLOCK_ROWS:-64}
key="pe${n_pe}_mul${n_mul}_q${queue}_s${word}_a${acc}_c${max_columns}_p${max_p}_b${max_block_rows}"
dir="$here/build/$key"
binary="$dir/permdnn_tb"
sources=("$here"/rtl/*.v "$here"/tb/permdnn_tb.cpp "$here"/build.sh)
if [ -x "$binary" ]; then
    stale=0
    for f in "${sources[@]}"; do [ "$f" -nt "$binary" ] && stale=1; done
    if [ $stale = 0 ]; then echo "$binary"; exit 0; fi
fi
mkdir -p "$dir"
params=(-GN_PE=$n_pe -GN_MUL=$n_mul -GQUEUE_DEPTH=$queue -GWORD_WIDTH=$word -GACC_BITS=$acc
        -GMAX_COLUMNS=$max_columns -GMAX_P=$max_p -GMAX_BLOCK_ROWS=$max_block_rows)
defines="-DTB_N_PE=$n_pe -DTB_N_MUL=$n_mul -DTB_QUEUE_DEPTH=$queue -DTB_WORD_WIDTH=$word -DTB_ACC_BITS=$acc"
defines+=" -DTB_MAX_COLUMNS=$max_columns -DTB_MAX_P=$max_p -DTB_MAX_BLOCK_ROWS=$max_block_rows"
verilator --cc --exe --build -j "${BUILD_JOBS:-2}" -Wall --top-module permdnn_engine \
    --Mdir "$dir/obj" -o "$binary" "${params[@]}" \
    -CFLAGS "-O1 -std=c++17 $defines" \
    "$here"/rtl/*.v "$here/tb/permdnn_tb.cpp" > "$dir/build.log" 2>&1 \
    || { cat "$dir/build.log" >&2; exit 1; }
rm -rf "$dir/obj"   # ~1.5 MB of generated C++ and objects per build; the binary is all we run
echo "$binary"
