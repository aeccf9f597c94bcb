import CommandLineSupport
import Foundation

/// How fast a sweep runs end to end: `permsim sweep` (the executable beside this one) on a
/// PermDNN sweep of the EIE suite with the reference check off, into a fresh store: points and
/// layer simulations per second, whole process (generation, simulation, pricing, SQLite).
struct SweepSpeed: Encodable {
    var points: Int
    var layers: Int
    var seconds: Double
    var pointsPerSecond: Double
    var layersPerSecond: Double

    /// 8 PE counts x 3 multiplier counts x 3 queue depths x 2 SRAM sizes = 144 points over the
    /// 9 EIE-suite layers (1,296 layer simulations).
    static let spec = """
        engine: permdnn
        suite: eie
        axes:
          engine.pes: {from: 8, to: 64, step: 8}
          pe.multipliers: [4, 8, 16]
          engine.queue-depth: [2, 4, 8]
          pe.weight-sram-kib: [160, 512]
        verify: false
        """
    static let pointCount = 144

    static func measure(permsim: URL) throws -> SweepSpeed {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-bench-sweep-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("sweep.yaml")
        try Data(Self.spec.utf8).write(to: spec)
        let (seconds, _) = try ChildProcess.run(permsim, ["sweep", spec.path, "--db", directory.appendingPathComponent("bench.sqlite").path])
        let layers = pointCount * 9
        return SweepSpeed(points: pointCount, layers: layers, seconds: seconds,
                          pointsPerSecond: Double(pointCount) / seconds, layersPerSecond: Double(layers) / seconds)
    }

    var text: String {
        String(format: "\nsweep: permsim sweep, %d PermDNN points x 9 EIE-suite layers (%d simulations, reference check off), all cores: %.2f s, %.1f points/s, %.0f layers/s\n",
               points, layers, seconds, pointsPerSecond, layersPerSecond)
    }
}
