@testable import CirCNNModel
import Foundation
import Testing
import Workloads

/// The nine EIE-suite layers on the default CirCNN design point (256 multipliers, 1.2 GHz):
/// they run, match the functional datapath bit for bit, stay within the error bound, and print
/// their cycle counts and latency.
@Suite struct EIESuiteTests {
    @Test(arguments: WorkloadCatalog.eieSuite.map(\.name))
    func layerRuns(name: String) throws {
        let spec = try WorkloadCatalog.layer(named: name)
        let config = CirCNNConfig.default
        let layer = try CirCNNLayer.generate(spec: spec, format: config.format, seed: 1)
        let result = try CirCNNEngine(config: config).run(layer)
        let reference = try CirCNNReference.fixedPoint(layer, config: config)
        #expect(result.outputs == reference.outputs)
        #expect(!reference.internalSaturation)

        let exact = CirCNNReference.exact(layer)
        let bounds = CirCNNReference.errorBound(layer, config: config, rowShifts: reference.rowShifts, inputShift: reference.inputShift)
        let errors = outputErrors(outputs: result.outputs, exact: exact, fractionBits: config.format.fractionBits)
        var worst = 0.0, worstRatio = 0.0, squares = 0.0
        for (row, error) in errors.enumerated() {
            #expect(error <= bounds[row / layer.blockSize], "\(name) row \(row)")
            worst = max(worst, error)
            worstRatio = max(worstRatio, error / bounds[row / layer.blockSize])
            squares += error * error
        }
        let rms = (squares / Double(errors.count)).squareRoot()
        print(String(format: "%@: k=%d Mb=%d Nb=%d cycles=%d (fft %d, cmac %d, ifft %d) latency=%.2f us at %.1f GHz; worst error %.2f LSB (rms %.2f), worst/bound %.3f",
                     name, layer.blockSize, layer.blockRows, layer.blockColumns, result.cycles, result.fftPhase.cycles,
                     result.cmacPhase.cycles, result.ifftPhase.cycles, result.latencyMicroseconds, config.clockGHz,
                     worst, rms, worstRatio))
        #expect(result.cycles > 0 && result.cmacPhase.cycles > result.ifftPhase.cycles)
    }
}
