import PermDNNModel
import PermSim
import PermSimTestSupport
import FixedPoint
import Testing
import Workloads

/// Every Swift level of the PermDNN model (functional reference, class timing, per cycle,
/// stepped engine) passes the one conformance suite (`PermDNNConformance`): bit-exact against
/// the functional reference, and the timed levels cycle-exact against `PermDNNEngine.run`, on
/// 1,000 seeded random cases and on the EIE suite at 32 PEs. A failure names the level, the seed
/// and the configuration, and the first field that differs.
@Suite struct ConformanceTests {
    static let caseCount = 1_000

    /// Seeds `0 ..< caseCount` and what they must give, computed once for every level.
    static let randomCases = Result { () throws -> ([any PermDNNCase], [PermDNNConformance.Expectation]) in
        let cases: [any PermDNNCase] = try (0..<UInt64(caseCount)).map { try PermDNNRandomCase(seed: $0) }
        return (cases, try PermDNNConformance.expectations(for: cases))
    }

    /// The EIE suite on the default 32-PE design (two layers in DRAM tiles), computed once.
    static let eieSuite = Result { () throws -> ([any PermDNNCase], [PermDNNConformance.Expectation]) in
        let cases: [any PermDNNCase] = try WorkloadCatalog.eieSuite.map { try PermDNNWorkloadCase($0) }
        return (cases, try PermDNNConformance.expectations(for: cases))
    }

    @Test(arguments: PermDNNConformance.swiftLevels)
    func randomCases(level: any PermDNNLevel) throws {
        let (cases, expectations) = try Self.randomCases.get()
        let summary = PermDNNConformance.check(level, on: cases, expectations: expectations)
        try #require(summary.passed == Self.caseCount)
        // The generator reaches the corners the equalities must hold in.
        #expect(summary.tiled > 20, "tiled cases: \(summary.tiled)")
        #expect(summary.columnChunked > 10, "column-chunked cases: \(summary.columnChunked)")
        #expect(summary.twoPEClasses > 100, "cases with two PE classes: \(summary.twoPEClasses)")
        #expect(summary.queueStalls > 50, "cases with queue stalls: \(summary.queueStalls)")
        #expect(summary.accumulatorSaturations > 20, "cases with saturating accumulators: \(summary.accumulatorSaturations)")
        #expect(summary.outputSaturations > 20, "cases with clipped outputs: \(summary.outputSaturations)")
        #expect(summary.formulaPermutation > 300, "formula cases: \(summary.formulaPermutation)")
        #expect(summary.zeroInput > 100, "all-zero inputs: \(summary.zeroInput)")
    }

    /// Full-size layers, two of them in DRAM tiles, at the default design point.
    @Test(arguments: PermDNNConformance.swiftLevels)
    func eieSuiteAt32PEs(level: any PermDNNLevel) throws {
        let (cases, expectations) = try Self.eieSuite.get()
        let summary = PermDNNConformance.check(level, on: cases, expectations: expectations)
        #expect(summary.passed == cases.count && summary.tiled == 2)
    }

    /// The narrow weight formats: the same 1,000 seeds recoded (`PermDNNRandomCase.recoded`), so
    /// each case is the fixed16 case's shape, architecture and inputs with `fixed8` or `codebook4`
    /// weights, a random shift or codebook, and the DEC stage in every timed level.
    static let narrowFormats: [WeightFormat] = [.fixed8, .codebook4]

    static let narrowRandomCases = Result { () throws -> [WeightFormat: ([any PermDNNCase], [PermDNNConformance.Expectation])] in
        var result: [WeightFormat: ([any PermDNNCase], [PermDNNConformance.Expectation])] = [:]
        for format in narrowFormats {
            let cases: [any PermDNNCase] = try (0..<UInt64(caseCount)).map { try PermDNNRandomCase(seed: $0, weightFormat: format) }
            result[format] = (cases, try PermDNNConformance.expectations(for: cases))
        }
        return result
    }

    static let narrowEIESuite = Result { () throws -> [WeightFormat: ([any PermDNNCase], [PermDNNConformance.Expectation])] in
        var result: [WeightFormat: ([any PermDNNCase], [PermDNNConformance.Expectation])] = [:]
        for format in narrowFormats {
            var config = ArchitectureConfig.default
            config.weightFormat = format
            let cases: [any PermDNNCase] = try WorkloadCatalog.eieSuite.map { try PermDNNWorkloadCase($0, config: config) }
            result[format] = (cases, try PermDNNConformance.expectations(for: cases))
        }
        return result
    }

    @Test(arguments: PermDNNConformance.swiftLevels, narrowFormats)
    func randomCasesInNarrowFormats(level: any PermDNNLevel, format: WeightFormat) throws {
        let (cases, expectations) = try #require(try Self.narrowRandomCases.get()[format])
        let summary = PermDNNConformance.check(level, on: cases, expectations: expectations)
        try #require(summary.passed == Self.caseCount)
        // The corners of the fixed16 cases, fewer tiled ones (more weights fit the same SRAM).
        #expect(summary.tiled > 10, "tiled cases: \(summary.tiled)")
        #expect(summary.columnChunked > 5, "column-chunked cases: \(summary.columnChunked)")
        #expect(summary.twoPEClasses > 100, "cases with two PE classes: \(summary.twoPEClasses)")
        #expect(summary.queueStalls > 50, "cases with queue stalls: \(summary.queueStalls)")
        #expect(summary.accumulatorSaturations > 20, "cases with saturating accumulators: \(summary.accumulatorSaturations)")
        #expect(summary.outputSaturations > 20, "cases with clipped outputs: \(summary.outputSaturations)")
        #expect(summary.formulaPermutation > 300, "formula cases: \(summary.formulaPermutation)")
        #expect(summary.zeroInput > 100, "all-zero inputs: \(summary.zeroInput)")
    }

    /// The EIE suite at 32 PEs in the narrow formats: `fixed8` streams vgg16-fc6 only, `codebook4`
    /// holds every layer on chip (160 KiB per PE).
    @Test(arguments: PermDNNConformance.swiftLevels, narrowFormats)
    func eieSuiteAt32PEsInNarrowFormats(level: any PermDNNLevel, format: WeightFormat) throws {
        let (cases, expectations) = try #require(try Self.narrowEIESuite.get()[format])
        let summary = PermDNNConformance.check(level, on: cases, expectations: expectations)
        #expect(summary.passed == cases.count && summary.tiled == (format == .fixed8 ? 1 : 0))
    }

    @Test func sameSeedSameCyclesAndBytes() throws {
        for seed: UInt64 in [3, 77, 901] {
            let a = try PermDNNRandomCase(seed: seed), b = try PermDNNRandomCase(seed: seed)
            let ra = try PermDNNEngine(config: a.config).run(a.layer)
            let rb = try PermDNNEngine(config: b.config).run(b.layer)
            #expect(ra == rb, "seed \(seed)")
        }
    }
}
