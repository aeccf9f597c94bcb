#!/usr/bin/env bash
# The whole PermSim test suite: builds the package (Swift packages resolve through SwiftPM)
# and runs every test target: PE blocks, workloads, the engine (bit-exact, properties,
# golden cycle counts) and the `permsim` executable end to end.
# The core needs only the Swift toolchain; nothing else is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || { echo "test.sh: swift is not on PATH (Swift 6 toolchain required)" >&2; exit 1; }
swift build --build-tests
swift test --skip-build
