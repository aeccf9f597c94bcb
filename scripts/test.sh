#!/usr/bin/env bash
# The whole PermSim test suite (the README's test command; CI runs it on a clean clone).
#
# 1. Installs the RTL toolchain when missing (Debian packages, via apt-get): libsystemc-dev
#    and verilator (the RTL co-simulation), yosys and qflow-tech-osu018 (logic area).
# 2. Lints the Verilog (zero warnings) and checks that the committed gate counts are what
#    yosys synthesises (the committed `verilator --sc` sources are checked by a test,
#    BridgeTests.generatedSourcesAreUpToDate).
# 3. Builds the package (Swift packages resolve through SwiftPM) and runs every test target:
#    PE blocks, workloads, the engine (bit-exact, properties, golden cycle counts), the
#    baselines, the cost model, the reports, the `permsim` executable, and the lock-step
#    co-simulation of the Swift model against the RTL. Fails if the co-simulation tests were
#    not built (they are never skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || { echo "test.sh: swift is not on PATH (Swift 6 toolchain required)" >&2; exit 1; }
if [ -n "${PERMSIM_NO_SYSTEMC:-}" ]; then
    echo "test.sh: PERMSIM_NO_SYSTEMC is set: the co-simulation tests would be left out; unset it" >&2
    exit 1
fi

missing=()
[ -f /usr/include/systemc.h ] || missing+=(libsystemc-dev)
command -v verilator >/dev/null || missing+=(verilator)
command -v yosys >/dev/null || missing+=(yosys)
[ -f /usr/share/qflow/tech/osu018/osu018_stdcells.lib ] || missing+=(qflow-tech-osu018)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
    echo "test.sh: installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rtl-reference/lint.sh
rtl-reference/synth/area.sh --check

swift build --build-tests
tests=$(swift test list --skip-build)
if ! grep -q '^CosimTests\.' <<< "$tests"; then
    echo "test.sh: the co-simulation tests (CosimTests) were not built: SystemC or Verilator not found by Package.swift (installed after an earlier build? SwiftPM caches the manifest: rm -rf .build and run again)" >&2
    exit 1
fi
swift test --skip-build
