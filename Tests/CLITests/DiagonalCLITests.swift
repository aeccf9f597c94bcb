import Foundation
import PermSimTestSupport
import Testing

/// `permsim run --engine diagonal`: a catalogue layer, the options it refuses, a bad key.
/// (Real weights through the projection: `CLIBadFileTests.realWeightsOnEveryEngine`.)
@Suite struct DiagonalCLITests {
    @Test func runsACatalogueLayer() throws {
        let result = try PermSimProcess.run(["run", "--engine", "diagonal", "--workload", "alexnet-fc8", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["engine"] as? String == "diagonal")
        #expect(rows[0]["total_multipliers"] as? Int == 256)
        #expect(rows[0]["matches_reference"] as? Bool == true)
        #expect(rows[0]["weight_density"] as? Double == 1024.0 / 4096)  // K = round(0.25 x 4096)
        #expect((rows[0]["cycles"] as? Int ?? 0) > 0)
    }

    @Test func badInputIsOneLineAndExitOne() throws {
        for (arguments, expected) in [(["run", "--engine", "diagonal", "--workload", "alexnet-fc8", "--set", "pe.multiplier=4"], "pe.multiplier"),
                                      (["run", "--engine", "diagonal", "--workload", "alexnet-fc8", "--set", "engine.pes=0"], "engine.pes"),
                                      (["run", "--engine", "diagonal", "--workload", "alexnet-fc8", "--p", "4"], "--p")] {
            let result = try PermSimProcess.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
    }
}
