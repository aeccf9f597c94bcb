import FixedPoint
import PEModel
import PermDNNModel
import Workloads

/// A seeded random layer and architecture that fits one RTL build: the build fixes the lanes,
/// queue depth, NZD word and accumulator width; the seed picks the PEs used (1 ... N_PE), p
/// (1 ... MAX_P, non-powers of two included), the shape (not divisible by p), the input
/// density (0%, 100% or between), value ranges (large ones saturate narrow accumulators), the
/// permutation source, ReLU, fraction bits, and one case in four a weight SRAM small enough
/// to cut the layer into DRAM tiles and column chunks. A build of a narrow weight format
/// (`fixed8`, `codebook4`) gets the same case with its weights recoded in the format
/// (`LayerGenerator.recodedCornerCase`: a random shift or codebook, drawn after the case's other
/// draws, so a fixed16 build's cases are unchanged; its tiled cases are up to 16 / bits times
/// larger, so that they still overflow the SRAM). Used by the co-simulation tests and by
/// `permsim-cosim --random N`.
public struct CosimCase: CustomStringConvertible, Sendable {
    public let seed: UInt64
    public let build: RTLBuild
    public let config: ArchitectureConfig
    public let layer: Layer

    public init(seed: UInt64, build: RTLBuild) throws {
        self.seed = seed
        self.build = build
        var rng = SplitMix64(seed: seed)
        var config = ArchitectureConfig()
        config.multipliers = build.lanes
        config.queueDepth = build.queueDepth
        config.nzdWordWidth = build.wordWidth
        config.format = FixedPointFormat(fractionBits: rng.uniformInt(below: 16), accumulatorBits: build.accumulatorBits)
        let tiled = rng.uniformInt(below: 4) == 0
        config.pes = 1 + rng.uniformInt(below: tiled ? min(4, build.processingElements) : build.processingElements)
        let pChoices = [1, 2, 3, 5, 7, 8, 1 + rng.uniformInt(below: build.maxBlockSize)]
        let p = min(build.maxBlockSize, pChoices[rng.uniformInt(below: pChoices.count)])
        let maxRows = config.pes * build.maxBlockRows * p
        // A narrow format holds 16 / bits times the weights in the same SRAM: its tiled cases get
        // that many more rows and columns (up to the build's limits), so that they still tile.
        let widen = tiled ? 16 / build.weightFormat.bits : 1
        let rows = 1 + rng.uniformInt(below: min(maxRows, tiled ? 160 * widen : 96))
        let columns = (tiled ? 24 : 1) + rng.uniformInt(below: min(build.maxColumns, 96 * widen) - (tiled ? 24 : 0))
        config.weightSRAMKiB = tiled ? 1 : 128
        let fixed16 = try LayerGenerator.cornerCase(name: "cosim-\(seed)", rows: rows, columns: columns, blockSize: p, rng: &rng)
        layer = try LayerGenerator.recodedCornerCase(fixed16, to: build.weightFormat, rng: &rng)
        config.weightFormat = build.weightFormat
        // One NZD word of columns must fit in half the SRAM.
        config.weightSRAMKiB = max(config.weightSRAMKiB, config.minimumWeightSRAMKiB)
        self.config = config
    }

    /// The build a random case of `seed` runs on: round robin over the builds, the last (the
    /// largest, slowest to step in lock step) only every fifth seed when there are three or more.
    public static func build(forSeed seed: UInt64, among builds: [RTLBuild]) -> RTLBuild {
        guard builds.count >= 3 else { return builds[Int(seed % UInt64(builds.count))] }
        return seed % 5 == 4 ? builds[builds.count - 1] : builds[Int(seed % UInt64(builds.count - 1))]
    }

    public var description: String {
        let m = layer.weights
        let weights: String
        switch m.encoding.format {
        case .fixed16: weights = ""
        case .fixed8: weights = " weights=fixed8 shift=\(m.encoding.shift)"
        case .codebook4: weights = " weights=codebook4 codebook=\(m.encoding.codebook)"
        }
        return "seed \(seed) on \(build.name): \(m.rows)x\(m.columns) p=\(m.blockSize) pes=\(config.pes) F=\(config.format.fractionBits) sram=\(config.weightSRAMKiB)KiB k=\(m.permutationSource.rawValue) relu=\(layer.relu) nonzero inputs=\(layer.activations.filter { $0 != 0 }.count)" + weights
    }
}
