#!/usr/bin/env bash
# RTL checks (not yet part of ./scripts/test.sh; the co-simulation issue will fold them in):
# installs verilator when missing, lints the Verilog (zero warnings), then compares the RTL
# with the Swift model on N random seeds (default 20): every trace line, outputs, cycles.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${1:-20}"
if ! command -v verilator >/dev/null; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq verilator >/dev/null
fi
rtl-reference/lint.sh
rtl-reference/compare.sh "$seeds"
