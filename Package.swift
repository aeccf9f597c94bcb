// swift-tools-version: 6.0
import PackageDescription

/// PermSim: a cycle-accurate simulator of the PermDNN structured-sparse FC engine.
///
/// Targets (core builds with the Swift toolchain alone, no SystemC):
/// - `PEModel`: fixed-point arithmetic and the PermDNN processing element as hardware blocks.
/// - `Workloads`: layer specs, the EIE suite, seeded generators, YAML workload files, `.npy` import.
/// - `PermSim`: the engine (activation buffer, NZD, broadcast, PEs, drain, tiling),
///   the functional reference, the analytic estimate, configuration and reports.
/// - `EIEModel`: the EIE baseline (unstructured sparse, CSC), cycle-accurate and bit-exact.
/// - `CirCNNModel`: the CirCNN baseline (block-circulant, FFT), cycle-level, numerically checked.
/// - `CostModel`: technology libraries (`configs/tech/`) and area/energy from counted events.
/// - `Reports`: `permsim compare`: all three engines, two views, Markdown/JSON/CSV/SVG in `reports/`.
/// - `PermSimCLI`: the `permsim` executable.
let package = Package(
    name: "PermSim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "permsim", targets: ["PermSimCLI"]),
        .executable(name: "rtl-compare", targets: ["RTLCompare"]),
        .library(name: "PermSim", targets: ["PermSim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "PEModel"),
        .target(name: "Workloads", dependencies: ["PEModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "EIEModel", dependencies: ["PEModel", "Workloads"]),
        .target(name: "CirCNNModel", dependencies: ["PEModel", "Workloads"]),
        .target(name: "PermSim", dependencies: ["PEModel", "Workloads", "EIEModel", "CirCNNModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "CostModel", dependencies: ["PEModel", "Workloads", "PermSim", "EIEModel", "CirCNNModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Reports", dependencies: ["PEModel", "Workloads", "PermSim", "EIEModel", "CirCNNModel", "CostModel"]),
        // Drives rtl-reference/'s Verilator testbench and the Swift model on random layers and
        // compares them cycle by cycle (rtl-reference/compare.sh); needs verilator to run, not to build.
        .executableTarget(name: "RTLCompare", dependencies: ["PEModel", "Workloads", "PermSim"]),
        .executableTarget(
            name: "PermSimCLI",
            dependencies: ["PermSim", "Reports", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "PEModelTests", dependencies: ["PEModel"]),
        .testTarget(name: "WorkloadsTests", dependencies: ["Workloads"]),
        .testTarget(name: "PermSimTests", dependencies: ["PermSim"], exclude: ["Goldens"]),
        .testTarget(name: "CLITests", dependencies: ["PermSimCLI"]),
        .testTarget(name: "EIEModelTests", dependencies: ["EIEModel"]),
        .testTarget(name: "CirCNNModelTests", dependencies: ["CirCNNModel", "PEModel", "Workloads"]),
        .testTarget(name: "CostModelTests", dependencies: ["CostModel", "PermSim", "EIEModel", "Workloads"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    ]
)
