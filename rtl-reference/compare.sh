#!/usr/bin/env bash
# Compares the RTL with the Swift cycle model on N random seeds (default 200): per-cycle trace,
# outputs and accumulators, total cycles. Stops at the first mismatch and prints the seed, the
# cycle and both lines (add --keep-going to continue).
# Usage: compare.sh [N] [harness options: --first S --builds K --keep-going --strict --work DIR]
#
# For now the harness is a private Swift package (RTL_HARNESS, default /work/rtl-pkg) that
# symlinks the model sources; the project's Swift-side bridge (a Verilated model called from
# Swift tests) will replace it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
harness="${RTL_HARNESS:-/work/rtl-pkg}"
seeds="${1:-200}"
[ $# -gt 0 ] && shift
swift build --package-path "$harness" -c release -j 2 --product RTLCompare >&2
exec "$harness/.build/release/RTLCompare" --seeds "$seeds" --builds 0 --rtl "$here" "$@"
