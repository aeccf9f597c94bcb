import CostModel
import EIEModel
import Foundation
import PermSim
import PermSimTestSupport

/// Shared inputs of the cost-model tests: the checked-in libraries and the calibration
/// workloads' results (computed once; every test reads them).
enum Fixtures {
    /// `configs/tech/` of this checkout.
    static let techDirectory = RepositoryPaths.technologyDirectory.path

    static let catalog = TechnologyCatalog(directory: techDirectory)

    static func library(_ node: String) throws -> TechnologyLibrary { try catalog.library(node: node) }

    /// The checked-in PermDNN gate counts (`configs/tech/permdnn-logic-gates.yaml`).
    static func logicGates() throws -> PermDNNLogicGates { try catalog.permDNNLogicGates() }

    /// The checked-in text of a technology file.
    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: catalog.path(name), encoding: .utf8)
    }

    /// EIE's calibration activity (the EIE suite on the EIE model), computed once.
    static let eieSuite: Result<EIEEventTotals, any Error> = Result { try Calibration.eieSuiteEvents() }

    /// The PermDNN validation report (EIE-suite layers that fit on chip, default design, 28 nm), computed once.
    static let permDNNSuite: Result<(report: CostReport, layers: [String]), any Error> = Result {
        try Calibration.permDNNSuiteReport(config: .default, node: try library("28nm"), logicGates: try logicGates())
    }

    /// `value` relative to `target`, minus 1 (e.g. +0.061 for 6.1% high).
    static func deviation(_ value: Double, _ target: Double) -> Double { value / target - 1 }

    /// `+6.1%`.
    static func percent(_ fraction: Double) -> String { String(format: "%+.1f%%", fraction * 100) }
}
