#!/usr/bin/env bash
# Logic area of the PE (and of the NZD) in NAND2-equivalent gates, per block.
# Synthesises with yosys against the OSU 0.18 um liberty of Debian's qflow-tech-osu018 and
# divides each block's cell area by the NAND2X1 area (24). Memories (weight, permutation and
# activation SRAMs, accumulator array, output buffer) are black boxes: their area comes from
# the SRAM model. The k registers, queue entries and pipeline registers are logic and counted.
# Usage: area.sh  (parameters from the environment, defaults shown)
#   N_MUL=8 QUEUE_DEPTH=4 ACC_BITS=32 WORD_WIDTH=16 MAX_COLUMNS=4096 MAX_P=64 MAX_BLOCK_ROWS=64
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rtl="$here/../rtl"
out="$here/out"
lib=/usr/share/qflow/tech/osu018/osu018_stdcells.lib
nand2=24
[ -f "$lib" ] || { echo "missing $lib: apt-get install -y qflow-tech-osu018" >&2; exit 1; }
n_mul=${N_MUL:-8} queue=${QUEUE_DEPTH:-4} acc=${ACC_BITS:-32} word=${WORD_WIDTH:-16}
max_columns=${MAX_COLUMNS:-4096} max_p=${MAX_P:-64} max_block_rows=${MAX_BLOCK_ROWS:-64}
mkdir -p "$out"

synth() {  # top, chparam arguments, stat file
    yosys -q -l "$out/$1.log" -p "
        read_verilog -lib $rtl/permdnn_sram.v $rtl/permdnn_accmem.v $rtl/permdnn_outmem.v
        read_verilog $rtl/permdnn_pe.v $rtl/permdnn_queue.v $rtl/permdnn_idx.v $rtl/permdnn_mul16.v
        read_verilog $rtl/permdnn_satacc.v $rtl/permdnn_requant.v $rtl/permdnn_nzd.v
        chparam $2 $1
        synth -top $1
        dfflibmap -liberty $lib
        abc -liberty $lib
        opt_clean
        tee -q -o $3 stat -liberty $lib" > /dev/null
}

synth permdnn_pe "-set N_MUL $n_mul -set QUEUE_DEPTH $queue -set ACC_BITS $acc -set MAX_COLUMNS $max_columns -set MAX_P $max_p -set MAX_BLOCK_ROWS $max_block_rows" "$out/pe.stat"
synth permdnn_nzd "-set S $word -set MAX_COLUMNS $max_columns -set MAX_P $max_p" "$out/nzd.stat"

# Chip area of a module (without its submodules): the first "Chip area for module" line
# matching the pattern; the area is the line's last field.
lookup() {
    grep -h "Chip area for module" "$out/pe.stat" "$out/nzd.stat" | awk -v m="$1" '$0 ~ m { print $NF; exit }'
}

echo "PermDNN logic area, NAND2-equivalent gates (OSU 0.18 um cells, area / $nand2); memories excluded"
echo "parameters: N_MUL=$n_mul QUEUE_DEPTH=$queue ACC_BITS=$acc WORD_WIDTH=$word MAX_COLUMNS=$max_columns MAX_P=$max_p MAX_BLOCK_ROWS=$max_block_rows"
printf '%-52s %9s %10s %10s\n' block instances "each" total
total=0
row() {  # label, module pattern, instances
    local a; a=$(lookup "$2")
    local each; each=$(awk -v a="$a" -v n=$nand2 'BEGIN { printf "%.0f", a / n }')
    local sum; sum=$(awk -v a="$a" -v n=$nand2 -v k="$3" 'BEGIN { printf "%.0f", a * k / n }')
    printf '%-52s %9s %10s %10s\n' "$1" "$3" "$each" "$sum"
    total=$(awk -v t="$total" -v s="$sum" 'BEGIN { print t + s }')
}
row "activation queue (Q entries, registered full flag)" 'permdnn_queue' 1
row "IDX: column register, k registers, formula, rows" 'permdnn_idx' 1
row "MUL: 16x16 multiplier lane" 'permdnn_mul16' "$n_mul"
row "ACC: saturating accumulate lane" 'permdnn_satacc' "$n_mul"
row "drain: ReLU + rounding shift + saturation lane" 'permdnn_requant' "$n_mul"
row "pipeline registers, SRAM addresses, drain pointer" "permdnn_pe'" 1
printf '%-52s %9s %10s %10s\n' "PE total" "" "" "$total"
nzd=$(awk -v a="$(lookup 'permdnn_nzd')" -v n=$nand2 'BEGIN { printf "%.0f", a / n }')
printf '%-52s %9s %10s %10s\n' "NZD + column decoder (one per engine)" 1 "$nzd" "$nzd"
