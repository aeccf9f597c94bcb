// swift-tools-version: 6.0
import PackageDescription

/// PermSim: a cycle-accurate simulator of the PermDNN structured-sparse FC engine.
///
/// Targets (the Swift toolchain alone builds them; no SystemC, no Verilator):
/// - `FixedPoint`, `ConfigSupport`: 16-bit fixed point; YAML fields and typed input errors.
/// - `PEModel`: the PermDNN processing element as hardware blocks.
/// - `Workloads`: layer specs, the EIE suite, seeded generators, YAML workload files, `.npy` import.
/// - `PermDNNModel`: the engine (activation buffer, NZD, broadcast, PEs, drain, tiling), the
///   functional reference, the analytic estimate, the steppable engine and lock step.
/// - `EIEModel`: the EIE baseline (unstructured sparse, CSC), cycle-accurate and bit-exact.
/// - `CirCNNModel`: the CirCNN baseline (block-circulant, FFT), cycle-level, numerically checked.
/// - `NMModel`: an N:M (C4n, 2:4) engine: values plus 2-bit in-group indices, cycle-accurate, bit-exact.
/// - `DiagonalModel`: DynaDiag diagonal-sparse layers on a PermDNN-style column-broadcast engine.
/// - `CostModel`: technology libraries (`configs/tech/`) and area/energy from counted events.
/// - `PermSim`: the accelerator interface, the table of engines, the runner and reports.
/// - `Reports`: `permsim compare`: all three engines, two views, Markdown/JSON/CSV/SVG in `reports/`.
/// - `Sweeps`: `permsim sweep`: sweep files, the resumable SQLite store (system libsqlite3, bound
///   at run time), sharding and merging, Pareto reports.
/// - `CommandLineSupport`: what the executables share (one-line errors, benchmark rows).
/// - `PermSimCLI`: the `permsim` executable.
/// - `PermSimTestSupport` (`Tests/TestSupport`): what the test targets share: the seeded random
///   cases of every engine, the PermDNN conformance suite that every level runs (functional,
///   class timing, per cycle, stepped; the RTL from its own package), the golden-file check
///   (`GoldenFiles`: the cycle goldens and the committed `reports/`), temporary directories and
///   the checkout's paths. A library product too, so that a nested package's tests can use it.
/// - `PermSimBench`: the `permsim-bench` executable, the benchmark harness (`permsim bench` runs it).
///
/// The RTL co-simulation (SystemC, Verilator, the generated models) is the package
/// `rtl-reference/cosim` (`permsim-cosim`), which depends on this one through the library
/// products below; `./scripts/test.sh` builds and tests both.
let package = Package(
    name: "PermSim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "permsim", targets: ["PermSimCLI"]),
        .executable(name: "permsim-bench", targets: ["PermSimBench"]),
        .executable(name: "rtl-compare", targets: ["RTLCompare"]),
        .library(name: "PermSim", targets: ["PermSim"]),
        .library(name: "PermSimTestSupport", targets: ["PermSimTestSupport"]),
        // For the co-simulation package (rtl-reference/cosim).
        .library(name: "PermDNNModel", targets: ["PermDNNModel"]),
        .library(name: "PEModel", targets: ["PEModel"]),
        .library(name: "FixedPoint", targets: ["FixedPoint"]),
        .library(name: "ConfigSupport", targets: ["ConfigSupport"]),
        .library(name: "Workloads", targets: ["Workloads"]),
        .library(name: "CommandLineSupport", targets: ["CommandLineSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Shared foundations: 16-bit fixed point with saturating accumulators; YAML fields and
        // the typed errors every input reader throws.
        .target(name: "FixedPoint"),
        .target(name: "ConfigSupport", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Workloads", dependencies: ["FixedPoint", "ConfigSupport", .product(name: "Yams", package: "Yams")]),
        // The engines, each beside the others, none importing another.
        .target(name: "PEModel", dependencies: ["FixedPoint"]),
        .target(name: "PermDNNModel", dependencies: ["PEModel", "FixedPoint", "ConfigSupport", "Workloads", .product(name: "Yams", package: "Yams")]),
        .target(name: "EIEModel", dependencies: ["FixedPoint", "ConfigSupport", "Workloads"]),
        .target(name: "CirCNNModel", dependencies: ["FixedPoint", "ConfigSupport", "Workloads"]),
        .target(name: "NMModel", dependencies: ["FixedPoint", "ConfigSupport", "Workloads"]),
        .target(name: "DiagonalModel", dependencies: ["FixedPoint", "ConfigSupport", "Workloads"]),
        .target(name: "CostModel", dependencies: ["FixedPoint", "ConfigSupport", "Workloads", "PEModel", "PermDNNModel", "EIEModel", "CirCNNModel", "DiagonalModel", "NMModel", .product(name: "Yams", package: "Yams")]),
        // The library a user imports: the accelerator interface, the table of engines, the runner.
        .target(name: "PermSim", dependencies: ["FixedPoint", "ConfigSupport", "Workloads", "PEModel", "PermDNNModel", "EIEModel", "CirCNNModel", "DiagonalModel", "NMModel", "CostModel"]),
        .target(name: "Reports", dependencies: ["FixedPoint", "ConfigSupport", "Workloads", "PermDNNModel", "EIEModel", "CirCNNModel", "CostModel", "PermSim"]),
        .target(name: "Sweeps", dependencies: ["ConfigSupport", "Workloads", "CostModel", "PermSim", .product(name: "Yams", package: "Yams")]),
        // Drives rtl-reference/'s Verilator testbench and the Swift model on random layers and
        // compares them cycle by cycle (rtl-reference/compare.sh); needs verilator to run, not to build.
        .executableTarget(name: "RTLCompare", dependencies: ["FixedPoint", "PEModel", "Workloads", "PermDNNModel"]),
        // What the executables share: one-line errors, benchmark rows and their timing.
        .target(name: "CommandLineSupport", dependencies: ["PermSim", "ConfigSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "PermSimCLI",
            dependencies: ["PermSim", "Reports", "Sweeps", "CostModel", "ConfigSupport", "FixedPoint", "Workloads", "PermDNNModel", "EIEModel", "CirCNNModel",
                           "CommandLineSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The benchmark harness (`permsim bench` runs it): benchmarks apart from the simulator.
        .executableTarget(
            name: "PermSimBench",
            dependencies: ["PermSim", "PermDNNModel", "EIEModel", "CirCNNModel", "ConfigSupport", "Workloads",
                           "CommandLineSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Shared by the test targets (a regular target, so that it can be a library product).
        .target(name: "PermSimTestSupport",
                dependencies: ["PermDNNModel", "PEModel", "FixedPoint", "Workloads", "EIEModel", "CirCNNModel"],
                path: "Tests/TestSupport"),
        .testTarget(name: "TestSupportTests", dependencies: ["PermSimTestSupport", "PermDNNModel", "Workloads"]),
        .testTarget(name: "PEModelTests", dependencies: ["PEModel", "FixedPoint"]),
        .testTarget(name: "WorkloadsTests", dependencies: ["Workloads", "FixedPoint", "ConfigSupport", "PermSimTestSupport"]),
        .testTarget(name: "PermSimTests", dependencies: ["PermSim", "PermDNNModel", "EIEModel", "CirCNNModel", "DiagonalModel", "CostModel", "PEModel", "FixedPoint", "ConfigSupport", "Workloads", "PermSimTestSupport", "NMModel"], exclude: ["Goldens", "BaselineGoldens"]),
        .testTarget(name: "CLITests", dependencies: ["PermSimCLI", "PermSimBench", "PermSimTestSupport", "Sweeps"]),
        .testTarget(name: "EIEModelTests", dependencies: ["EIEModel", "FixedPoint", "ConfigSupport", "Workloads", "PermSimTestSupport"]),
        .testTarget(name: "CirCNNModelTests", dependencies: ["CirCNNModel", "FixedPoint", "ConfigSupport", "Workloads", "PermSimTestSupport"]),
        .testTarget(name: "NMModelTests", dependencies: ["NMModel", "FixedPoint", "ConfigSupport", "Workloads", "PermSimTestSupport"]),
        .testTarget(name: "CostModelTests", dependencies: ["CostModel", "PermSim", "PermDNNModel", "EIEModel", "DiagonalModel", "FixedPoint", "Workloads", "PermSimTestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "PermSimTestSupport"]),
        .testTarget(name: "SweepsTests", dependencies: ["Sweeps", "PermSim", "ConfigSupport", "Workloads", "PermSimTestSupport"]),
        .testTarget(name: "DiagonalModelTests", dependencies: ["DiagonalModel", "FixedPoint", "ConfigSupport", "Workloads"]),
    ]
)
