import PermDNNModel
import Testing
import Workloads

/// The PermDNN conformance suite, written once and run against every level (`PermDNNLevel`).
///
/// For every case it checks, in this order, and stops at the first case that fails with one
/// issue naming the level, the case (seed and configuration) and what differs:
/// 1. the accumulators equal the functional reference's (`FunctionalReference`), and the outputs
///    are those accumulators requantised (ReLU, round to nearest, saturate): bit for bit;
/// 2. a level that reports a whole `EngineResult` reports exactly the one `PermDNNEngine.run`
///    reports (outputs, accumulators, cycles, every tile, every counted event), and that result
///    keeps the invariants the documentation states: total cycles are the DRAM schedule over the
///    tiles, a resident layer never waits for DRAM, and a one-tile run's bubbles are the
///    critical PE's idle cycles beyond the unavoidable ones;
/// 3. a level that reports only cycles (a stepped engine, the RTL) reports each tile run's
///    cycles and the total that `PermDNNEngine.run` reports.
///
/// The expected timing is `PermDNNEngine.run` on its default path (class timing); the per-cycle
/// level is checked against it with the same `==`, so the two paths, the stepped engine and any
/// later level all meet in one place. Thrown errors fail the case too.
public enum PermDNNConformance {
    /// The Swift levels, for `@Test(arguments:)`.
    public static let swiftLevels: [any PermDNNLevel] = [
        FunctionalLevel(), EngineLevel(method: .classTiming), EngineLevel(method: .perCycle), SteppableLevel.steppedSwift,
    ]

    /// What the checked cases covered (counted from the expected results, so the same for every
    /// level given the same cases): a test asserts that the generator reached its corners.
    public struct Summary: Sendable, Equatable {
        /// Cases that passed (all of them, unless an issue was recorded).
        public var passed = 0
        /// Cases with more than one tile (DRAM tiles or column chunks).
        public var tiled = 0
        /// Cases with a column chunk that starts after column 0.
        public var columnChunked = 0
        /// Cases whose block-rows do not divide among the PEs (two classes of PEs).
        public var twoPEClasses = 0
        /// Cases in which the broadcast waited for a full queue.
        public var queueStalls = 0
        /// Cases in which an accumulator saturated.
        public var accumulatorSaturations = 0
        /// Cases in which an output clipped to 16 bits.
        public var outputSaturations = 0
        /// Cases whose permutation values come from the formula.
        public var formulaPermutation = 0
        /// Cases with no non-zero input.
        public var zeroInput = 0

        public init() {}
    }

    /// What a case must give: the functional reference's accumulators and outputs, and
    /// `PermDNNEngine.run`'s result. The same for every level, so a test that runs several levels
    /// on the same cases computes them once (`expectations(for:)`).
    public struct Expectation: Sendable {
        public var accumulators: [Int64]
        public var outputs: [Int16]
        public var engineResult: EngineResult

        public init(for testCase: any PermDNNCase) throws {
            let format = testCase.config.format
            accumulators = FunctionalReference.accumulators(testCase.layer, format: format)
            outputs = accumulators.map { format.requantize($0, relu: testCase.layer.relu) }
            engineResult = try PermDNNEngine(config: testCase.config).run(testCase.layer)
        }
    }

    /// The expectations of `cases`, in order.
    public static func expectations(for cases: [any PermDNNCase]) throws -> [Expectation] {
        try cases.map { try Expectation(for: $0) }
    }

    /// Runs every case on `level` and checks it (see the type's documentation) against
    /// `expectations` (computed here when not given). Records one issue at the first failing case
    /// and returns the summary of the cases before it.
    @discardableResult
    public static func check(_ level: any PermDNNLevel, on cases: [any PermDNNCase], expectations: [Expectation]? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) -> Summary {
        var summary = Summary()
        if let expectations, expectations.count != cases.count {
            Issue.record("\(cases.count) cases but \(expectations.count) expectations", sourceLocation: sourceLocation)
            return summary
        }
        for (index, testCase) in cases.enumerated() {
            do {
                let expected = try expectations?[index] ?? Expectation(for: testCase)
                if let failure = try failure(of: level, on: testCase, expected: expected) {
                    Issue.record("\(level): \(testCase): \(failure)", sourceLocation: sourceLocation)
                    return summary
                }
                summary.count(testCase, expected.engineResult)
            } catch {
                Issue.record("\(level): \(testCase): threw \(error)", sourceLocation: sourceLocation)
                return summary
            }
        }
        return summary
    }

    /// What is wrong with `level`'s run of `testCase`, or `nil` when it conforms.
    public static func failure(of level: any PermDNNLevel, on testCase: any PermDNNCase,
                               expected: Expectation) throws -> String? {
        let run = try level.run(testCase.layer, config: testCase.config)
        if let row = firstDifferingIndex(run.accumulators, expected.accumulators) {
            return "accumulators differ from the functional reference at row \(row): " + pair(run.accumulators, expected.accumulators, row)
        }
        if let row = firstDifferingIndex(run.outputs, expected.outputs) {
            return "outputs differ from the functional reference at row \(row): " + pair(run.outputs, expected.outputs, row)
        }
        let engine = expected.engineResult
        switch run.timing {
        case nil:
            return nil
        case let .cycles(tiles, total):
            let expectedTiles = engine.tiles.map(\.cycles)
            if tiles != expectedTiles { return "tile cycles \(tiles), expected \(expectedTiles)" }
            if total != engine.cycles { return "cycles \(total), expected \(engine.cycles)" }
            return nil
        case let .engineResult(result):
            // A Bool, so that a failure prints the field, not two whole results.
            let equal = result == engine
            if !equal {
                return "EngineResult differs from PermDNNEngine.run's: first difference "
                    + (firstDifference(result, engine) ?? "none found (== failed)")
            }
            return invariantFailure(result, testCase)
        }
    }

    /// The documented identities every `EngineResult` keeps (`docs/microarchitecture.md`).
    static func invariantFailure(_ result: EngineResult, _ testCase: any PermDNNCase) -> String? {
        let schedule = AnalyticModel.schedule(computeCycles: result.tiles.map(\.cycles),
                                              transferCycles: result.tiles.map(\.transferCycles))
        if result.cycles != schedule { return "cycles \(result.cycles) are not the DRAM schedule over the tiles (\(schedule))" }
        if result.fitsOnChip && (result.dramStallCycles != 0 || result.engine.dramBytes != 0) {
            return "a resident layer waited \(result.dramStallCycles) cycles for \(result.engine.dramBytes) DRAM bytes"
        }
        if result.tiles.count == 1 {
            // The analytic gap is the critical PE's idle cycles beyond the unavoidable ones
            // (2 fill + 3 tail, 4 with a DEC stage; or every word read when no input is non-zero).
            let tile = result.tiles[0], wordWidth = testCase.config.nzdWordWidth
            let fillAndTail = AnalyticModel.fillCycles + AnalyticModel.tailCycles(decodeStage: testCase.config.weightFormat.hasDecodeStage)
            let unavoidable = tile.nonZeroInputs > 0 ? fillAndTail : (testCase.layer.weights.columns + wordWidth - 1) / wordWidth
            let idle = result.criticalPE.indexCalculator.idleCycles
            if tile.bubbleCycles != idle - unavoidable || tile.bubbleCycles < 0 {
                return "bubbles \(tile.bubbleCycles), but the critical PE idled \(idle) cycles (\(unavoidable) unavoidable)"
            }
        }
        return nil
    }

    private static func firstDifferingIndex<T: Equatable>(_ a: [T], _ b: [T]) -> Int? {
        if a.count != b.count { return min(a.count, b.count) }
        return a.indices.first { a[$0] != b[$0] }
    }

    private static func pair<T>(_ got: [T], _ expected: [T], _ index: Int) -> String {
        func value(_ values: [T]) -> String { index < values.count ? "\(values[index])" : "none (\(values.count) rows)" }
        return "got \(value(got)), expected \(value(expected))"
    }
}

extension PermDNNConformance.Summary {
    /// Counts the corners `testCase` reached, from its expected result.
    mutating func count(_ testCase: any PermDNNCase, _ expected: EngineResult) {
        passed += 1
        if expected.tiles.count > 1 { tiled += 1 }
        if expected.tiles.contains(where: { $0.firstColumn > 0 }) { columnChunked += 1 }
        let blockRows = testCase.layer.weights.blockRows, pes = testCase.config.pes
        if blockRows % pes != 0 && blockRows > pes { twoPEClasses += 1 }
        if expected.engine.queueStallCycles > 0 { queueStalls += 1 }
        if expected.pe.accumulators.saturations > 0 { accumulatorSaturations += 1 }
        if expected.pe.drain.outputSaturations > 0 { outputSaturations += 1 }
        if testCase.layer.weights.permutationSource == .formula { formulaPermutation += 1 }
        if expected.nonZeroInputs == 0 { zeroInput += 1 }
    }
}
