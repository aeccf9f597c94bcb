import Foundation
import ConfigSupport
import PermDNNModel
import PermSim
import Workloads
#if canImport(RTLCosim)
import RTLCosim
#endif

extension PermSimCommand.Bench {
    /// The layer on which the Swift model and the RTL are compared: a full-size EIE-suite layer
    /// that fits the default-design RTL build (32 PEs x 8 lanes, n <= 4096).
    static let rtlCase = (name: "alexnet-fc8", workload: "alexnet-fc8", pes: 32)

    /// The RTL rows' models: `rtl` runs the whole layer through the C bridge (images loaded
    /// through the RTL's load port, one SRAM word per clock, then the run); `rtl-steps` times the
    /// run alone (start to done, images already loaded); `cosim` is the lock-step
    /// co-simulation (both models loaded, every visible signal compared every cycle).
    static let rtlModels = ["rtl", "rtl-steps", "cosim"]

    /// Whether this binary has the RTL compiled in.
    static var hasRTL: Bool {
        #if canImport(RTLCosim)
        return true
        #else
        return false
        #endif
    }

    /// Times one RTL model on `rtlCase`: at most 2 runs for `rtl` and `cosim` (loading a
    /// full-size layer through the load port takes about a second), at least 5 for `rtl-steps`.
    func measureRTL() throws -> Row {
        #if canImport(RTLCosim)
        let config = ArchitectureConfig.default
        let layer = try LayerGenerator.generate(try WorkloadCatalog.layer(named: Self.rtlCase.workload), format: config.format, seed: 1)
        let plan = try LayerPlan(layer: layer, config: config)
        let build = try RTLBuild.matching(plan)
        let runs = min(self.repeat, 2)
        let measured: (median: Double, fastest: Double, cycles: Int, macs: Int)
        switch model {
        case "rtl":
            measured = try timed(runs: runs) {
                (try plan.run(on: RTLEngine(build: build)).tileCycles.reduce(0, +), 0)
            }
        case "rtl-steps":
            let rtl = try RTLEngine(build: build)
            try rtl.loadActivations(layer.activations)
            let group = plan.rowGroups[0]
            try plan.load(group, into: rtl)
            measured = try timed(runs: max(self.repeat, 5)) {
                var cycles = 0
                for run in group.runs {
                    try rtl.start(run)
                    cycles += try rtl.runToDone(maxCycles: plan.cycleBound(run, group: group))
                }
                return (cycles, 0)
            }
        default:
            measured = try timed(runs: runs) {
                let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: config), dut: RTLEngine(build: build))
                return (summary.result.tileCycles.reduce(0, +), 0)
            }
        }
        // One weight per block-row per non-zero column.
        let macs = layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } * layer.weights.blockRows
        return row(Self.rtlCase.name, pes: config.pes, layers: 1, cycles: measured.cycles, macs: macs,
                   median: measured.median, fastest: measured.fastest)
        #else
        throw ConfigError.invalid(field: "--model", rule: "\(model) needs a permsim built with the RTL co-simulation (SystemC and Verilator)")
        #endif
    }
}
