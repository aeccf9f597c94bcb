#!/usr/bin/env bash
# Compares the RTL with the Swift cycle model on N random seeds (default 200): per-cycle trace,
# outputs and accumulators, total cycles. Stops at the first mismatch and prints the seed, the
# cycle and both lines (add --keep-going to continue).
# Usage: compare.sh [N] [harness options: --first S --builds K --keep-going --work DIR]
#
# The harness is the package's `rtl-compare` executable (Sources/RTLCompare), built here in
# release; the Swift-side C bridge will later run the same comparison in lock step.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
seeds="${1:-200}"
[ $# -gt 0 ] && shift
swift build --package-path "$root" -c release -j 2 --product rtl-compare >&2
exec "$root/.build/release/rtl-compare" --seeds "$seeds" --builds 0 --rtl "$here" "$@"
