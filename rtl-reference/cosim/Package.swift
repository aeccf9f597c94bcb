// swift-tools-version: 6.0
import PackageDescription

/// PermSimCosim: the RTL co-simulation of PermSim, a package of its own so that the simulator
/// (the repository's root package) builds with the Swift toolchain alone and never compiles a
/// Verilated model. Needs SystemC (`libsystemc-dev`) and Verilator, and the models generated
/// first: `rtl-reference/generate-sc.sh` writes them to `generated/` (not committed).
/// `./scripts/test.sh` installs the packages, generates, builds and tests this package.
///
/// Targets:
/// - `PermDNNRTLRuntime` (C++): the Verilator runtime, compiled once for every model.
/// - `PermDNNRTLModels` (C++, `generated/`): the `verilator --sc` models, one testbench per
///   model and the build table, all written by `generate-sc.sh`.
/// - `PermDNNRTL` (C++): the SystemC testbench (`testbench.h`, `model_testbench.h`) and the
///   plain-C bridge `include/permdnn_bridge.h` that Swift calls.
/// - `RTLCosim`: the RTL as a Swift `SteppableEngine`, the compiled builds, random cases.
/// - `PermSimCosimCLI`: the `permsim-cosim` executable (lock step, RTL benchmark rows).
let verilatorFlags: [CXXSetting] = [
    // Verilator's runtime headers live outside the package; a root package may use unsafe
    // flags. -O1: the generated models are too slow at -O0 for full-size layers.
    .unsafeFlags(["-I/usr/share/verilator/include", "-I/usr/share/verilator/include/vltstd", "-O1"]),
    .define("VM_SC", to: "1"),
    .define("VM_TRACE", to: "1"),
]

/// The root package's libraries: the Swift model and what it is built from.
let model: [Target.Dependency] = ["PermDNNModel", "PEModel", "FixedPoint", "ConfigSupport", "Workloads"]
    .map { .product(name: $0, package: "PermSim") }

let package = Package(
    name: "PermSimCosim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "permsim-cosim", targets: ["PermSimCosimCLI"]),
    ],
    dependencies: [
        .package(name: "PermSim", path: "../.."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "PermDNNRTLRuntime",
            publicHeadersPath: ".",   // no headers of its own: dependents use Verilator's
            cxxSettings: verilatorFlags,
            linkerSettings: [.linkedLibrary("systemc")]
        ),
        .target(
            name: "PermDNNRTLModels",
            dependencies: ["PermDNNRTLRuntime"],
            path: "generated",
            exclude: ["MANIFEST"],
            publicHeadersPath: ".",   // the bridge reaches the models through the build table only
            cxxSettings: verilatorFlags + [.headerSearchPath("../Sources/PermDNNRTL")],
            linkerSettings: [.linkedLibrary("systemc")]
        ),
        .target(
            name: "PermDNNRTL",
            dependencies: ["PermDNNRTLModels", "PermDNNRTLRuntime"],
            cxxSettings: verilatorFlags,
            linkerSettings: [.linkedLibrary("systemc")]
        ),
        .target(name: "RTLCosim", dependencies: ["PermDNNRTL"] + model),
        .executableTarget(
            name: "PermSimCosimCLI",
            // PermSim: layers built exactly as `permsim run` builds them (Simulation), tables.
            dependencies: ["RTLCosim", .product(name: "PermSim", package: "PermSim"), .product(name: "CommandLineSupport", package: "PermSim"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")] + model
        ),
        // Everything that touches SystemC in this process (the bridge called directly, and the
        // lock-step co-simulation): one test target, one serialized suite (SystemC state is global).
        .testTarget(name: "CosimTests", dependencies: ["PermDNNRTL", "RTLCosim", .product(name: "PermSimTestSupport", package: "PermSim")] + model),
        // `permsim-cosim` end to end, each call its own process.
        .testTarget(name: "CosimCLITests", dependencies: ["PermSimCosimCLI", .product(name: "PermSimTestSupport", package: "PermSim")]),
    ],
    cxxLanguageStandard: .cxx17
)
