import EIEModel
import Foundation
import PEModel
import PermDNNModel
import Workloads

/// The workloads behind the calibration (EIE at 45 nm) and the validation (PermDNN at 28 nm), and
/// the fit that derives the library's calibrated numbers from EIE's table
/// (`docs/cost-model.md` §3).
public enum Calibration {
    /// The seed of the calibration workloads (the project's default seed).
    public static let seed: UInt64 = 1

    /// EIE as published: the default configuration (64 PEs, 800 MHz, depth-8 queues, 64-bit lines).
    public static let eieConfig = EIEConfig.default

    /// The EIE activity the library is calibrated on: the nine layers of the EIE suite, one after
    /// the other, on the EIE cycle model (event counts summed; power = energy / total time).
    public static func eieSuiteEvents(config: EIEConfig = eieConfig, seed: UInt64 = seed) throws -> EIEEventTotals {
        let engine = try EIEEngine(config: config)
        var total = EIEEventTotals()
        for spec in WorkloadCatalog.eieSuite {
            let layer = try EIELayer.generate(spec: spec, format: config.format, seed: seed, encoding: config.encoding)
            total = total.adding(try engine.run(layer).events)
        }
        return total
    }

    /// The PermDNN activity of the validation: the EIE-suite layers that fit on chip at `config`,
    /// one after the other, combined into one report (energy summed, power = energy / total time).
    /// Layers streamed from DRAM are left out: their time is mostly DRAM waits, not the chip's
    /// operating power. Returns the report and the layers used.
    public static func permDNNSuiteReport(config: ArchitectureConfig = .default, node: TechnologyLibrary,
                                          logicGates: PermDNNLogicGates, inventory: PermDNNInventory = .default,
                                          seed: UInt64 = seed) throws -> (report: CostReport, layers: [String]) {
        let engine = try PermDNNEngine(config: config)
        var reports: [CostReport] = []
        var layers: [String] = []
        for spec in WorkloadCatalog.eieSuite {
            let layer = try LayerGenerator.generate(spec, format: config.format, seed: seed, weightFormat: config.weightFormat)
            let result = try engine.run(layer)
            guard result.fitsOnChip else { continue }
            reports.append(try CostModel.permDNN(result: result, config: config, node: node, logicGates: logicGates, inventory: inventory))
            layers.append(spec.name)
        }
        return (try CostReport.combined(reports), layers)
    }

    /// Power and area per PE of each EIE row of `report` (an EIE report of `pes` PEs).
    public static func eiePerPE(_ report: CostReport, pes: Int) -> [PublishedComponent] {
        CostModel.EIEComponent.all.map { name in
            let row = report.component(name)
            return PublishedComponent(name: name, powerMW: (row?.powerMW ?? 0) / Double(pes), areaUM2: (row?.areaUm2 ?? 0) / Double(pes))
        }
    }

    /// The library fields fitted to EIE's table, in the order of `fit`'s unknowns.
    ///
    /// Area: control overhead (arithmetic row), FIFO bit (queue row), SRAM bit and edge area
    /// (sparse-matrix and pointer rows). Power: register clock energy (arithmetic row; register-file
    /// accesses cost the same per bit), gated-storage energy (activation R/W row), FIFO push energy
    /// (queue row), SRAM width exponent and leakage (sparse-matrix and pointer rows, with the SRAM
    /// reference energy fixed at EIE's 5 pJ). The filler fraction is EIE's filler over the rest.
    static var fittedFields: [WritableKeyPath<TechnologyLibrary, TechValue>] {
        [\.overhead.controlAreaFraction, \.fifo.areaUM2PerBit, \.sram.bitAreaUM2, \.sram.edgeAreaUM2,
         \.register.clockEnergyFJ, \.register.gatedEnergyFJ, \.fifo.energyFJPerBit, \.sram.widthExponent, \.sram.leakageNWPerBit]
    }

    /// `start` with the fitted fields solved so that the EIE model reproduces EIE's table on
    /// `events` (Newton's method on the nine rows' relative errors; the other fields are inputs).
    /// Sources are kept; only values change.
    public static func fitEIE(start: TechnologyLibrary, events: EIEEventTotals, config: EIEConfig = eieConfig,
                              inventory: EIEInventory = .published) throws -> TechnologyLibrary {
        let published = Dictionary(uniqueKeysWithValues: PublishedDesigns.eiePerPE.map { ($0.name, $0) })
        let names = CostModel.EIEComponent.self
        func library(_ x: [Double]) -> TechnologyLibrary {
            var result = start
            for (field, value) in zip(fittedFields, x) { result[keyPath: field].value = value }
            result.register.accessEnergyFJ.value = result.register.clockEnergyFJ.value
            let others = PublishedDesigns.eieTotalPerPEUM2 - PublishedDesigns.eieFillerPerPEUM2
            result.overhead.fillerAreaFraction.value = PublishedDesigns.eieFillerPerPEUM2 / others
            return result
        }
        func residuals(_ x: [Double]) throws -> [Double] {
            let rows = Dictionary(uniqueKeysWithValues: eiePerPE(try CostModel.eie(events: events, config: config, node: library(x),
                                                                                 inventory: inventory), pes: config.pes).map { ($0.name, $0) })
            func area(_ name: String) -> Double { (rows[name]?.areaUM2 ?? 0) / (published[name]?.areaUM2 ?? 1) - 1 }
            func power(_ name: String) -> Double { (rows[name]?.powerMW ?? 0) / (published[name]?.powerMW ?? 1) - 1 }
            return [area(names.arithmetic), area(names.queue), area(names.sparseMatrixRead), area(names.pointerRead),
                    power(names.arithmetic), power(names.activationReadWrite), power(names.queue),
                    power(names.sparseMatrixRead), power(names.pointerRead)]
        }
        var x = fittedFields.map { start[keyPath: $0].value }
        var r = try residuals(x)
        for _ in 0..<60 {
            if r.map(abs).max() ?? 0 < 1e-12 { break }
            var jacobian = [[Double]](repeating: [Double](repeating: 0, count: x.count), count: r.count)
            for j in x.indices {
                var probe = x
                let step = 1e-6 * max(abs(x[j]), 1e-3)
                probe[j] += step
                let shifted = try residuals(probe)
                for i in r.indices { jacobian[i][j] = (shifted[i] - r[i]) / step }
            }
            let delta = try solve(jacobian, r.map { -$0 })
            var scale = 1.0
            var next = zip(x, delta).map { $0 + scale * $1 }
            var nextResiduals = try residuals(next)
            while norm(nextResiduals) > norm(r), scale > 1e-4 {
                scale /= 2
                next = zip(x, delta).map { $0 + scale * $1 }
                nextResiduals = try residuals(next)
            }
            x = next
            r = nextResiduals
        }
        guard r.map(abs).max() ?? 1 < 1e-9 else {
            throw TechnologyError.invalidInput(field: "calibration", rule: "the EIE fit did not converge (largest relative error \(r.map(abs).max() ?? 0))")
        }
        return library(x)
    }

    private static func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// Solves `a x = b` by Gaussian elimination with partial pivoting.
    private static func solve(_ a: [[Double]], _ b: [Double]) throws -> [Double] {
        var m = a
        var v = b
        let n = v.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-300 else {
                throw TechnologyError.invalidInput(field: "calibration", rule: "the EIE fit is singular (a fitted field does not affect any row)")
            }
            m.swapAt(col, pivot)
            v.swapAt(col, pivot)
            for row in (col + 1)..<n {
                let factor = m[row][col] / m[col][col]
                if factor == 0 { continue }
                for k in col..<n { m[row][k] -= factor * m[col][k] }
                v[row] -= factor * v[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            let tail = ((row + 1)..<n).reduce(0) { $0 + m[row][$1] * x[$1] }
            x[row] = (v[row] - tail) / m[row][row]
        }
        return x
    }
}
