import PermDNNModel
import PermSimTestSupport
import Testing
import Workloads

/// The conformance suite must fail on a level that is wrong, at the first wrong case, naming the
/// seed and what differs: each planted fault below is one a real level could have.
@Suite struct PermDNNConformanceTests {
    /// The class-timing level with one planted fault on the case of seed `faultySeed`.
    struct FaultyLevel: PermDNNLevel {
        enum Fault: Sendable { case accumulator, output, event, cycles, stepped, throwing }
        let fault: Fault
        static let faultySeed: UInt64 = 7

        var description: String { "faulty(\(fault))" }

        func run(_ layer: Layer, config: ArchitectureConfig) throws -> PermDNNLevelRun {
            let base = fault == .stepped ? SteppableLevel.steppedSwift as any PermDNNLevel : EngineLevel(method: .classTiming)
            var run = try base.run(layer, config: config)
            guard layer.name == "random-\(Self.faultySeed)" else { return run }
            switch fault {
            case .accumulator: run.accumulators[run.accumulators.count - 1] += 1
            case .output: run.outputs[0] = run.outputs[0] == 0 ? 1 : 0
            case .event:
                guard case var .engineResult(result) = run.timing else { break }
                result.pe.queue.fullCycles += 1
                run.timing = .engineResult(result)
            case .cycles:
                guard case var .engineResult(result) = run.timing else { break }
                result.cycles += 1
                run.timing = .engineResult(result)
            case .stepped:
                guard case let .cycles(tiles, total) = run.timing else { break }
                run.timing = .cycles(tiles: tiles, total: total + 1)
            case .throwing: throw PlantedError()
            }
            return run
        }
    }

    struct PlantedError: Error, CustomStringConvertible {
        var description: String { "planted error" }
    }

    static let cases: [any PermDNNCase] = (0..<UInt64(12)).compactMap { try? PermDNNRandomCase(seed: $0) }

    @Test(arguments: [
        (FaultyLevel.Fault.accumulator, "accumulators differ from the functional reference at row"),
        (.output, "outputs differ from the functional reference at row 0"),
        (.event, "first difference pe.queue.fullCycles:"),
        (.cycles, "first difference cycles:"),
        (.stepped, "cycles "),
        (.throwing, "threw planted error"),
    ])
    func plantedFaultIsFoundAtItsSeed(fault: FaultyLevel.Fault, message: String) {
        #expect(Self.cases.count == 12)
        var summary = PermDNNConformance.Summary()
        withKnownIssue {
            summary = PermDNNConformance.check(FaultyLevel(fault: fault), on: Self.cases)
        } matching: { issue in
            issue.comments.contains { comment in
                comment.rawValue.hasPrefix("faulty(\(fault)): seed \(FaultyLevel.faultySeed): ") && comment.rawValue.contains(message)
            }
        }
        #expect(summary.passed == Int(FaultyLevel.faultySeed))
    }

    /// Without a fault, every Swift level passes the same cases.
    @Test func correctLevelsPass() throws {
        let expectations = try PermDNNConformance.expectations(for: Self.cases)
        for level in PermDNNConformance.swiftLevels {
            #expect(PermDNNConformance.check(level, on: Self.cases, expectations: expectations).passed == Self.cases.count, "\(level)")
        }
    }
}
