#!/usr/bin/env bash
# Logic area of the PE (and of the NZD) in NAND2-equivalent gates, per block.
# Synthesises with yosys against the OSU 0.18 um liberty of Debian's qflow-tech-osu018 and
# divides each block's cell area by the NAND2X1 area (24). Memories (weight, permutation and
# activation SRAMs, accumulator array, output buffer) are black boxes: their area comes from
# the SRAM model. The k registers, queue entries and pipeline registers are logic and counted.
#
# Usage: area.sh           print the table (parameters from the environment, defaults shown)
#                          N_MUL=8 QUEUE_DEPTH=4 ACC_BITS=32 WORD_WIDTH=16 MAX_COLUMNS=4096 MAX_P=64 MAX_BLOCK_ROWS=64
#        area.sh --record  print it and write it as data to configs/tech/permdnn-logic-gates.yaml,
#                          the gate counts the cost model uses (docs/cost-model.md)
#        area.sh --check   re-synthesise into a temporary directory with the parameters of the
#                          committed file and compare; on a difference print one line naming the
#                          block (or field) and exit 1
set -euo pipefail
export LC_ALL=C
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rtl="$here/../rtl"
record_file="configs/tech/permdnn-logic-gates.yaml"
lib=/usr/share/qflow/tech/osu018/osu018_stdcells.lib
lib_package=qflow-tech-osu018
nand2_cell=NAND2X1

mode=print
case "${1:-}" in
    "") ;;
    --record) mode=record ;;
    --check) mode=check ;;
    *) echo "usage: $0 [--record | --check]" >&2; exit 2 ;;
esac
[ -f "$lib" ] || { echo "area.sh: missing $lib: apt-get install -y $lib_package" >&2; exit 1; }
command -v yosys > /dev/null || { echo "area.sh: yosys not found: apt-get install -y yosys" >&2; exit 1; }

# The NAND2X1 cell area, read from the liberty (24 in OSU 0.18 um).
nand2=$(awk -v cell="$nand2_cell" '
    $0 ~ "cell \\(" cell "\\)" { inside = 1; next }
    inside && /area[ \t]*:/ { gsub(/[^0-9.]/, "", $3); print $3; exit }' "$lib")
[ -n "$nand2" ] || { echo "area.sh: no $nand2_cell area in $lib" >&2; exit 1; }

if [ $mode = check ]; then
    committed="$root/$record_file"
    [ -f "$committed" ] || { echo "area.sh --check: $record_file: missing (record it: rtl-reference/synth/area.sh --record)"; exit 1; }
    # Synthesise with the committed parameters, whatever the environment says.
    param() {
        local v; v=$(awk -v k="$1" '/^parameters:/ { inside = 1; next } /^[^ ]/ { inside = 0 }
                                     inside && $1 == k ":" { print $2; exit }' "$committed")
        [ -n "$v" ] || { echo "area.sh --check: $record_file: parameters.$1: missing (re-record: rtl-reference/synth/area.sh --record)"; exit 1; }
        echo "$v"
    }
    n_mul=$(param N_MUL); queue=$(param QUEUE_DEPTH); acc=$(param ACC_BITS); word=$(param WORD_WIDTH)
    max_columns=$(param MAX_COLUMNS); max_p=$(param MAX_P); max_block_rows=$(param MAX_BLOCK_ROWS)
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
else
    n_mul=${N_MUL:-8} queue=${QUEUE_DEPTH:-4} acc=${ACC_BITS:-32} word=${WORD_WIDTH:-16}
    max_columns=${MAX_COLUMNS:-4096} max_p=${MAX_P:-64} max_block_rows=${MAX_BLOCK_ROWS:-64}
    out="$here/out"
    mkdir -p "$out"
fi

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
    local a; a=$(grep -h "Chip area for module" "$out/pe.stat" "$out/nzd.stat" | awk -v m="$1" '$0 ~ m { print $NF; exit }')
    [ -n "$a" ] || { echo "area.sh: no module matching $1 in the synthesis statistics ($out)" >&2; exit 1; }
    awk -v a="$a" 'BEGIN { printf "%.0f", a }'   # liberty areas are whole um^2
}

# The blocks: key (cost model), per (pe or engine), instances, module pattern, module, table
# label, description.
blocks=(
    "queue|pe|1|permdnn_queue|permdnn_queue|activation queue (Q entries, registered full flag)|activation queue (QUEUE_DEPTH entries of {x, j, c, t, c mod p}, registered full flag)"
    "index-calculator|pe|1|permdnn_idx|permdnn_idx|IDX: column register, k registers, formula, rows|IDX: column register, k registers (MAX_SLOTS x N_MUL), formula unit, destination rows"
    "multiplier-lane|pe|$n_mul|permdnn_mul16|permdnn_mul16|MUL: 16x16 multiplier lane|MUL: one 16x16 signed multiplier"
    "accumulate-lane|pe|$n_mul|permdnn_satacc|permdnn_satacc|ACC: saturating accumulate lane|ACC: one saturating accumulate adder"
    "drain-lane|pe|$n_mul|permdnn_requant|permdnn_requant|drain: ReLU + rounding shift + saturation lane|drain: one ReLU + rounding shift + 16-bit saturation"
    "pipeline|pe|1|permdnn_pe'|permdnn_pe|pipeline registers, SRAM addresses, drain pointer|PE top level: IDX->WRD, WRD->MUL, MUL->ACC registers, weight-SRAM address (j*S_e + slot), S_e and B_e*p, drain pointer and row compare"
    "nzd|engine|1|permdnn_nzd|permdnn_nzd|NZD + column decoder (one per engine)|NZD: held word, pending mask, word counters, priority encoder, column decoder (c = j / p, t, c mod p)"
)

gates_of() { awk -v a="$1" -v n="$nand2" 'BEGIN { printf "%.3f", a / n }'; }

table() {
    echo "PermDNN logic area, NAND2-equivalent gates (OSU 0.18 um cells, area / $nand2); memories excluded"
    echo "parameters: N_MUL=$n_mul QUEUE_DEPTH=$queue ACC_BITS=$acc WORD_WIDTH=$word MAX_COLUMNS=$max_columns MAX_P=$max_p MAX_BLOCK_ROWS=$max_block_rows"
    printf '%-52s %9s %10s %10s\n' block instances "each" total
    local total=0 entry key per count pattern module label text a each sum
    for entry in "${blocks[@]}"; do
        IFS='|' read -r key per count pattern module label text <<< "$entry"
        a=$(lookup "$pattern")
        each=$(awk -v a="$a" -v n="$nand2" 'BEGIN { printf "%.0f", a / n }')
        sum=$(awk -v a="$a" -v n="$nand2" -v k="$count" 'BEGIN { printf "%.0f", a * k / n }')
        printf '%-52s %9s %10s %10s\n' "$label" "$count" "$each" "$sum"
        if [ "$per" = pe ]; then total=$(awk -v t="$total" -v s="$sum" 'BEGIN { print t + s }'); fi
        if [ "$key" = pipeline ]; then printf '%-52s %9s %10s %10s\n' "PE total" "" "" "$total"; fi
    done
}

yaml() {
    local version sha entry key per count pattern module label text a
    version=$(yosys -V)
    sha=$(sha256sum "$lib" | cut -d' ' -f1)
    cat <<EOF
# PermDNN logic area in NAND2-equivalent gates, per block of the PE and of the NZD.
# Generated by rtl-reference/synth/area.sh --record: do not edit. rtl-reference/synth/area.sh --check
# re-synthesises with these parameters and compares (scripts/test.sh runs it).
# Each block is one module of rtl-reference/rtl synthesised by yosys (synth -top; dfflibmap,
# abc and stat against the liberty below; memories as black boxes); cell-area-each is the
# module's cell area without its submodules (liberty units, um^2 at 0.18 um) and gates-each
# = cell-area-each / the ${nand2_cell} area. instances: per PE (per: pe) or per engine (per: engine).
# The cost model prices gates x the node's logic.nand2-area-um2 (docs/cost-model.md section 5.1).
tool: "$version"
liberty:
  file: $lib
  package: "$lib_package $(dpkg-query -W -f '${Version}' "$lib_package" 2> /dev/null || echo unknown)"
  sha256: $sha
  nand2-cell: $nand2_cell
  nand2-cell-area: $nand2
parameters:
  N_MUL: $n_mul
  QUEUE_DEPTH: $queue
  ACC_BITS: $acc
  WORD_WIDTH: $word
  MAX_COLUMNS: $max_columns
  MAX_P: $max_p
  MAX_BLOCK_ROWS: $max_block_rows
blocks:
EOF
    for entry in "${blocks[@]}"; do
        IFS='|' read -r key per count pattern module label text <<< "$entry"
        a=$(lookup "$pattern")
        echo "  $key:"
        echo "    module: $module"
        echo "    description: \"$text\""
        echo "    per: $per"
        echo "    instances: $count"
        echo "    cell-area-each: $a"
        echo "    gates-each: $(gates_of "$a")"
    done
}

case $mode in
    print)
        table ;;
    record)
        table
        yaml > "$root/$record_file"
        echo "recorded $record_file" ;;
    check)
        yaml > "$out/fresh.yaml"
        if cmp -s "$out/fresh.yaml" "$root/$record_file"; then
            echo "$record_file is up to date"
            exit 0
        fi
        # Flatten both files to "section.key.field<TAB>value" and name the first difference.
        flatten() {
            awk '/^#/ { next }
                 /^[^ ]/ { top = $1; sub(/:$/, "", top); v = $0; sub(/^[^:]*:[ ]?/, "", v); if (v != "") print top "\t" v; next }
                 /^  [^ ]/ { key = $1; sub(/:$/, "", key); v = $0; sub(/^[^:]*:[ ]?/, "", v); if (v != "") print top "." key "\t" v; next }
                 /^    [^ ]/ { f = $1; sub(/:$/, "", f); v = $0; sub(/^[^:]*:[ ]?/, "", v); print top "." key "." f "\t" v }' "$1"
        }
        flatten "$out/fresh.yaml" > "$out/fresh.flat"
        flatten "$root/$record_file" > "$out/committed.flat"
        awk -F '\t' -v file="$record_file" '
            NR == FNR { committed[$1] = $2; order[++n] = $1; next }
            { fresh[$1] = $2; if (!($1 in committed)) { missing = missing ? missing : $1 } }
            END {
                for (i = 1; i <= n; i++) if (!(order[i] in fresh)) { extra = order[i]; break }
                first = ""   # the first differing path, in committed order
                for (i = 1; i <= n; i++) { p = order[i]; if ((p in fresh) && committed[p] != fresh[p]) { first = p; break } }
                fix = " (re-record: rtl-reference/synth/area.sh --record)"
                if (first != "") {
                    split(first, parts, ".")
                    name = parts[1] == "blocks" ? "block " parts[2] ": " parts[3] : first
                    print "area.sh --check: " file ": " name ": committed " committed[first] ", synthesised " fresh[first] fix
                } else if (missing != "") {
                    print "area.sh --check: " file ": " missing ": missing, synthesised " fresh[missing] fix
                } else if (extra != "") {
                    print "area.sh --check: " file ": " extra ": not synthesised any more" fix
                } else {
                    print "area.sh --check: " file ": header or layout differs from what area.sh writes" fix
                }
            }' "$out/committed.flat" "$out/fresh.flat"
        exit 1 ;;
esac
