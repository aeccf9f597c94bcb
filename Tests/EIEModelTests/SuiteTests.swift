import EIEModel
import Testing
import Workloads

/// The nine EIE benchmark layers at the published design point (64 PEs): each runs and matches
/// the functional reference bit for bit. Cycle counts are printed, not asserted (they are
/// results, and the golden-file tests of the integration own regressions).
@Suite struct SuiteTests {
    @Test(arguments: WorkloadCatalog.eieSuite.map(\.name))
    func layerMatchesReference(name: String) throws {
        let spec = try WorkloadCatalog.layer(named: name)
        let config = EIEConfig.default
        let layer = try EIELayer.generate(spec: spec, format: config.format, seed: 1, encoding: config.encoding)
        let result = try EIEEngine(config: config).run(layer)
        #expect(result.accumulators == EIEFunctionalReference.accumulators(layer), "\(name)")
        #expect(result.outputs == EIEFunctionalReference.outputs(layer), "\(name)")
        #expect(layer.storedWeights == Int((spec.weightDensity * Double(spec.inputs * spec.outputs)).rounded()))
        #expect(result.computeCycles >= result.criticalPEWork + 7)   // every PE writes here
        print("EIE \(name): \(result.cycles) cycles (\(result.computeCycles) compute + \(result.drainCycles) output), "
              + "\(result.latencyMicroseconds) us at \(config.clockGHz) GHz, load balance \(result.loadBalance)")
    }
}
