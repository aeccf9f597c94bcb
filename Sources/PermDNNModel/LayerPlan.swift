import PEModel
import Workloads

/// A layer cut into what a `SteppableEngine` is given: per row group, the PE images to load
/// and the tile runs to start, with the DRAM transfer of each tile. The same mapping and images
/// as `PermDNNEngine` (`EngineMapping`), so a stepped run reproduces `PermDNNEngine.run`.
public struct LayerPlan: Sendable {
    /// One PE's load-port images for a row group.
    public struct ProcessingElementLoad: Sendable, Equatable {
        public var pe: Int
        /// `B_e`.
        public var blockRows: Int
        /// Weight words (`N_MUL` codes each, of the layer's weight format), word `j * ceil(B_e/N_MUL) + s`.
        public var weights: [Int16]
        /// Permutation words (`k` of block-column `c` at word `c * ceil(B_e/N_MUL) + s`), or
        /// the formula unit's row offsets.
        public var permutation: [Int16]
    }

    /// A row group: its loads, then its column chunks (the last one drains).
    public struct RowGroup: Sendable {
        public var firstBlockRow: Int
        public var loads: [ProcessingElementLoad]
        public var runs: [TileRun]
        /// DRAM transfer cycles of each run's weights (0 when the layer fits on chip).
        public var transferCycles: [Int]
    }

    public let layer: Layer
    public let config: ArchitectureConfig
    public let rowGroups: [RowGroup]
    public let fitsOnChip: Bool

    public init(layer: Layer, config: ArchitectureConfig) throws {
        try config.validate()
        let mapping = try EngineMapping(matrix: layer.weights, config: config)
        let matrix = layer.weights
        let formula = matrix.permutationSource == .formula
        self.layer = layer
        self.config = config
        fitsOnChip = mapping.fitsOnChip
        rowGroups = mapping.rowGroups.map { group in
            let loads = group[0].peBlockRows.indices.map { e in
                let (weights, store) = mapping.images(for: group[0], pe: e, matrix: matrix)
                let words: [Int32]
                switch store {
                case let .sram(values): words = values
                case let .formula(offsets): words = offsets
                }
                // Values are < p: they fit the 16-bit load port.
                return ProcessingElementLoad(pe: e, blockRows: group[0].peBlockRows[e], weights: weights,
                                             permutation: words.map { Int16(truncatingIfNeeded: $0) })
            }
            let runs = group.map { tile in
                TileRun(columns: matrix.columns, firstColumn: tile.firstColumn, endColumn: tile.endColumn,
                        continuesRowGroup: tile.firstColumn != 0, drains: tile.drains, blockSize: matrix.blockSize,
                        fractionBits: config.format.fractionBits, relu: layer.relu, formula: formula,
                        weightEncoding: matrix.encoding)
            }
            let transfers = group.map {
                PermDNNEngine.transferCycles(bytes: $0.bytes, fitsOnChip: mapping.fitsOnChip, config: config)
            }
            return RowGroup(firstBlockRow: group[0].firstBlockRow, loads: loads, runs: runs, transferCycles: transfers)
        }
    }

    /// Global output row of PE `pe`'s local row `b * p + i` in `group` (nil for padding rows).
    public func outputRow(group: RowGroup, pe: Int, localRow: Int) -> Int? {
        let p = layer.weights.blockSize
        let row = (group.firstBlockRow + (localRow / p) * config.pes + pe) * p + localRow % p
        return row < layer.weights.rows ? row : nil
    }

    /// `PermDNNEngine.progressBound` for one run of `group`: a stepped engine that has not
    /// finished by then has a bug (reported, not hung).
    public func cycleBound(_ run: TileRun, group: RowGroup) -> Int {
        let wordWidth = config.nzdWordWidth
        let words = (run.endColumn + wordWidth - 1) / wordWidth - run.firstColumn / wordWidth
        let nonZeros = layer.activations[run.firstColumn..<run.endColumn].reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
        // PE 0 owns the most block-rows.
        let critical = PEConfiguration(index: 0, lanes: config.multipliers, queueDepth: config.queueDepth,
                                       blockSize: run.blockSize, blockRows: group.loads.first?.blockRows ?? 0,
                                       format: config.format, relu: run.relu)
        return PermDNNEngine.progressBound(words: words, nonZeroInputs: nonZeros, critical: critical)
    }
}

/// Outputs, accumulators and cycles of a layer run on a `SteppableEngine`.
public struct SteppedLayerResult: Sendable, Equatable {
    public var outputs: [Int16]
    public var accumulators: [Int64]
    /// Each tile run's cycles, in order.
    public var tileCycles: [Int]
    /// Total, with the double-buffered DRAM schedule (`AnalyticModel.schedule`).
    public var cycles: Int
}

extension LayerPlan {
    /// Runs the whole layer on `engine`: loads each row group, runs its tiles to done, reads
    /// the drained rows. No per-cycle state is read (the fast, whole-layer path).
    public func run(on engine: SteppableEngine) throws -> SteppedLayerResult {
        var result = SteppedLayerResult(outputs: Array(repeating: 0, count: layer.weights.rows),
                                        accumulators: Array(repeating: 0, count: layer.weights.rows),
                                        tileCycles: [], cycles: 0)
        try engine.loadActivations(layer.activations)
        for group in rowGroups {
            try load(group, into: engine)
            for run in group.runs {
                try engine.start(run)
                result.tileCycles.append(try engine.runToDone(maxCycles: cycleBound(run, group: group)))
            }
            try readRows(of: group, from: engine, into: &result)
        }
        result.cycles = AnalyticModel.schedule(computeCycles: result.tileCycles,
                                               transferCycles: rowGroups.flatMap(\.transferCycles))
        return result
    }

    /// Loads a row group's PE images; PEs the group does not use get `B_e = 0`.
    public func load(_ group: RowGroup, into engine: SteppableEngine, transform: ((inout ProcessingElementLoad) -> Void)? = nil) throws {
        for var load in group.loads {
            transform?(&load)
            try engine.loadProcessingElement(load.pe, blockRows: load.blockRows, weights: load.weights, permutation: load.permutation)
        }
        for pe in group.loads.count..<engine.processingElements {
            try engine.loadProcessingElement(pe, blockRows: 0, weights: [], permutation: [])
        }
    }

    /// Copies a drained row group's rows (padding rows dropped) into `result`.
    public func readRows(of group: RowGroup, from engine: SteppableEngine, into result: inout SteppedLayerResult) throws {
        for load in group.loads {
            for local in 0..<load.blockRows * layer.weights.blockSize {
                guard let row = outputRow(group: group, pe: load.pe, localRow: local) else { continue }
                let (accumulator, output) = try engine.readRow(pe: load.pe, localRow: local)
                result.accumulators[row] = accumulator
                result.outputs[row] = output
            }
        }
    }
}
