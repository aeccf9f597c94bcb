import ConfigSupport
import Foundation
import PermSim
import Testing
@testable import Sweeps

/// Sweep files: what they enumerate, and one line naming the key for every bad one.
@Suite struct SweepSpecTests {
    static func spec(_ text: String) throws -> SweepSpec { try SweepSpec.parse(text, file: "s.yaml", baseDirectory: "/tmp") }

    static func message(_ text: String) -> String {
        do {
            _ = try spec(text)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func theMinimalFormEnumeratesItsGrid() throws {
        let s = try Self.spec("engine: permdnn\nworkloads: [alexnet-fc7, alexnet-fc8]\naxes:\n  engine.pes: [8, 16, 32]\n  pe.multipliers: [4, 8]\n")
        #expect(s.engines == ["permdnn"] && s.gridSize == 6 && s.pointIDs() == Array(0..<6))
        #expect(s.point(at: 0).overrides == ["engine.pes=8", "pe.multipliers=4"])
        #expect(s.point(at: 1).overrides == ["engine.pes=8", "pe.multipliers=8"])
        #expect(s.point(at: 5).overrides == ["engine.pes=32", "pe.multipliers=8"])
        #expect(try s.selection.jobs().count == 2)
    }

    /// Each engine's points are the grid of the axes its key table has.
    @Test func axesApplyToTheEnginesThatHaveThem() throws {
        let s = try Self.spec("engines: [permdnn, eie]\nworkloads: [alexnet-fc8]\naxes:\n  engine.pes: [8, 32]\n  pe.multipliers: [4, 8]\n  eie.pes: [16, 64]\n")
        #expect(s.gridSize == 4 + 2)
        #expect(s.point(at: 3).engine == "permdnn" && s.point(at: 3).overrides == ["engine.pes=32", "pe.multipliers=8"])
        #expect(s.point(at: 4).engine == "eie" && s.point(at: 4).overrides == ["eie.pes=16"])
        #expect(s.point(at: 5).overrides == ["eie.pes=64"])
    }

    @Test func rangesAndSamples() throws {
        let s = try Self.spec("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 4, to: 16, step: 4}\n  pe.weight-sram-kib: {from: 64, to: 512, factor: 2}\n  engine.clock-ghz: {from: 0.5, to: 1.5, step: 0.5}\nsample: {points: 10, seed: 7}\n")
        #expect(s.axes[0].values == ["4", "8", "12", "16"])
        #expect(s.axes[1].values == ["64", "128", "256", "512"])
        #expect(s.axes[2].values == ["0.5", "1", "1.5"])
        #expect(s.gridSize == 48)
        let ids = s.pointIDs()
        #expect(ids.count == 10 && Set(ids).count == 10 && ids == ids.sorted() && ids.allSatisfy { $0 < 48 })
        #expect(try Self.spec(s.text).pointIDs() == ids, "the same sample every time")
    }

    @Test(arguments: [
        ("workloads: [alexnet-fc8]\n", "axes"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pez: [8]\n", "did you mean 'engine.pes'"),
        ("workloads: [alexnet-fc8]\naxes:\n  eie.pes: [8]\n", "is not a config key of permdnn"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [0, 8]\n", "engine.pes"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8, 8]\n", "lists a value twice"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: []\n", "at least one value"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 8, to: 4, step: 1}\n", "must be at least from"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 4, to: 8}\n", "needs step"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 4, to: 8, step: 0}\n", "must be positive"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 4, to: 8, factor: 1}\n", "must be above 1"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: {from: 1, to: 100000000, step: 1}\n", "over"),
        ("engine: tpu\nworkloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\n", "unknown engine 'tpu'"),
        ("engine: permdnn\nengines: [eie]\nworkloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\n", "not both"),
        ("workloads: [alexnet-fc9]\naxes:\n  engine.pes: [8]\n", "alexnet-fc9"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\nsample: {points: 5}\n", "the grid has 1"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\nsample: {seed: 5}\n", "points"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\nconstraints: {area: 5}\n", "area"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\nconstraints: {area-mm2: -1}\n", "area-mm2"),
        ("workloads: [alexnet-fc8]\naxis:\n  engine.pes: [8]\n", "axis"),
        ("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\nverify: maybe\n", "verify"),
        ("axes: [\n", "s.yaml"),
    ])
    func badFilesAreRefusedNamingTheKey(text: String, expected: String) {
        let text = Self.message(text)
        #expect(text.contains(expected) && !text.contains("\n"), "\(text)")
    }

    @Test func theFingerprintFollowsTheText() throws {
        let a = try Self.spec("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8]\n")
        let b = try Self.spec("workloads: [alexnet-fc8]\naxes:\n  engine.pes: [8, 16]\n")
        let again = try Self.spec(a.text)
        #expect(a.fingerprint != b.fingerprint && a.fingerprint == again.fingerprint)
    }
}
