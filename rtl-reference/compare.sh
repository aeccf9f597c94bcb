#!/usr/bin/env bash
# Compares the RTL with the Swift cycle model on N random seeds (default 200): per-cycle trace,
# outputs and accumulators, total cycles. Stops at the first mismatch and prints the seed, the
# cycle and both lines (add --keep-going to continue).
# Usage: compare.sh [N] [harness options: --first S --builds K --keep-going --work DIR]
#
# The harness is the package's `rtl-compare` executable (Sources/RTLCompare), built here in
# release. The lock-step co-simulation through the C bridge (`permsim-cosim`, docs/cosim.md)
# compares more signals every cycle; this file-based check also covers random Verilog
# parameter sets (each seed may build its own), which the bridge's fixed builds do not.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
seeds="${1:-200}"
[ $# -gt 0 ] && shift
swift build --package-path "$root" -c release -j 2 --product rtl-compare >&2
exec "$root/.build/release/rtl-compare" --seeds "$seeds" --builds 0 --rtl "$here" "$@"
