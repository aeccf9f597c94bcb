import ConfigSupport
import Foundation
import Workloads

/// The PermDNN RTL's logic area in NAND2-equivalent gates, per block, as
/// `rtl-reference/synth/area.sh --record` writes it to `configs/tech/permdnn-logic-gates.yaml`
/// (yosys on the OSU 0.18 um liberty, memories as black boxes; `docs/cost-model.md` §5.1).
///
/// Node-independent data: a node's `logic.nand2-area-um2` turns gates into um^2. Which block
/// prices which cost-model row is `CostModel.permDNNLogicBlocks`.
public struct PermDNNLogicGates: Sendable, Equatable, Codable {
    /// One synthesized module.
    public struct Block: Sendable, Equatable, Codable {
        /// The key under `blocks:` (`multiplier-lane`).
        public var key: String
        /// The Verilog module synthesized (`permdnn_mul16`).
        public var module: String
        public var description: String
        /// `pe`: instances per PE; `engine`: instances per engine.
        public var per: String
        public var instances: Int
        /// The module's cell area without its submodules, in the liberty's unit (um^2 at 0.18 um).
        public var cellAreaEach: Double
        /// `cellAreaEach` / the NAND2 cell's area.
        public var gatesEach: Double

        /// Gates of all instances (per PE or per engine).
        public var gates: Double { gatesEach * Double(instances) }
    }

    /// The synthesis parameters (Verilog parameters of `permdnn_pe` and `permdnn_nzd`).
    public struct Parameters: Sendable, Equatable, Codable {
        public var multipliers: Int
        public var queueDepth: Int
        public var accumulatorBits: Int
        public var wordWidth: Int
        public var maxColumns: Int
        public var maxP: Int
        public var maxBlockRows: Int
    }

    /// `yosys -V` of the run that recorded the file.
    public var tool: String
    public var libertyFile: String
    public var libertyPackage: String
    public var libertySHA256: String
    public var nand2Cell: String
    /// The NAND2 cell's area in the liberty (24 for OSU 0.18 um NAND2X1).
    public var nand2CellArea: Double
    public var parameters: Parameters
    /// In file order.
    public var blocks: [Block]
    /// Where the file came from, for messages.
    public var location: String
    /// Price designs other than the synthesized one by scaling (`permsim sweep`): each block
    /// in proportion to the parameter that sizes it (`CostModel.permDNNLogicGates`). Off (the
    /// default), a design must be the synthesized one.
    public var scalesToDesign = false

    /// Gates of one PE: the blocks instantiated per PE.
    public var gatesPerPE: Double { blocks.filter { $0.per == "pe" }.reduce(0) { $0 + $1.gates } }

    /// Gates of a whole engine of `pes` PEs: per-PE blocks times `pes`, plus the shared ones.
    public func chipGates(pes: Int) -> Double {
        blocks.reduce(0.0) { $0 + $1.gates * Double($1.per == "pe" ? pes : 1) }
    }

    /// The file's name inside a technology directory.
    public static let fileName = "permdnn-logic-gates.yaml"

    /// The block named `key`, or a one-line error naming it:
    /// `configs/tech/permdnn-logic-gates.yaml: blocks.multiplier-lane: missing (...)`.
    public func block(_ key: String, for component: String) throws -> Block {
        guard let block = blocks.first(where: { $0.key == key }) else {
            throw TechnologyError.invalid(location: location, field: "blocks.\(key)", rule: "missing (it prices the PermDNN '\(component)' row's logic; re-record: rtl-reference/synth/area.sh --record)")
        }
        return block
    }

    /// Loads and validates `path`; every problem is one `TechnologyError` line naming the file and field.
    public static func load(path: String) throws -> PermDNNLogicGates {
        try parse(yaml: TechnologyError.readText(path: path), file: path)
    }

    static let parameterKeys = ["N_MUL", "QUEUE_DEPTH", "ACC_BITS", "WORD_WIDTH", "MAX_COLUMNS", "MAX_P", "MAX_BLOCK_ROWS"]
    static let blockKeys = ["module", "description", "per", "instances", "cell-area-each", "gates-each"]

    /// Parses and validates the text of a gate-count file; `file` names it in errors.
    public static func parse(yaml: String, file: String) throws -> PermDNNLogicGates {
        do {
            let root = try YAMLMapping(node: try YAMLMapping.parseDocument(yaml, file: file), path: "", file: file)
            try root.rejectUnknownKeys(["tool", "liberty", "parameters", "blocks"])
            func missing(_ field: String) -> TechnologyError { .invalid(location: file, field: field, rule: "missing") }
            func text(_ mapping: YAMLMapping, _ key: String) throws -> String {
                guard let value = try mapping.string(key), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw missing(mapping.fieldPath(key))
                }
                return value
            }
            func positive(_ mapping: YAMLMapping, _ key: String) throws -> Double {
                guard let value = try mapping.double(key) else { throw missing(mapping.fieldPath(key)) }
                guard value > 0 else { throw TechnologyError.invalid(location: file, field: mapping.fieldPath(key), rule: "must be > 0 (got \(TechnologyLibrary.format(value)))") }
                return value
            }
            func count(_ mapping: YAMLMapping, _ key: String) throws -> Int {
                guard let value = try mapping.int(key, in: 1...(1 << 20)) else { throw missing(mapping.fieldPath(key)) }
                return value
            }

            let tool = try text(root, "tool")
            guard let liberty = try root.mapping("liberty") else { throw missing("liberty") }
            try liberty.rejectUnknownKeys(["file", "package", "sha256", "nand2-cell", "nand2-cell-area"])
            let nand2CellArea = try positive(liberty, "nand2-cell-area")

            guard let parameterMapping = try root.mapping("parameters") else { throw missing("parameters") }
            try parameterMapping.rejectUnknownKeys(parameterKeys)
            let values = try parameterKeys.map { try count(parameterMapping, $0) }
            let parameters = Parameters(multipliers: values[0], queueDepth: values[1], accumulatorBits: values[2], wordWidth: values[3],
                                        maxColumns: values[4], maxP: values[5], maxBlockRows: values[6])

            guard let blockMapping = try root.mapping("blocks") else { throw missing("blocks") }
            var blocks: [Block] = []
            for key in blockMapping.keys {
                guard let entry = try blockMapping.mapping(key) else { throw missing(blockMapping.fieldPath(key)) }
                try entry.rejectUnknownKeys(blockKeys)
                let per = try text(entry, "per")
                guard per == "pe" || per == "engine" else {
                    throw TechnologyError.invalid(location: file, field: entry.fieldPath("per"), rule: "must be pe or engine (got '\(per)')")
                }
                let block = Block(key: key, module: try text(entry, "module"), description: try text(entry, "description"), per: per,
                                  instances: try count(entry, "instances"), cellAreaEach: try positive(entry, "cell-area-each"),
                                  gatesEach: try positive(entry, "gates-each"))
                // area.sh writes gates-each = cell-area-each / nand2-cell-area to 3 decimals: an
                // edit of one without the other is caught here.
                let expected = block.cellAreaEach / nand2CellArea
                guard abs(block.gatesEach - expected) <= 5.001e-4 else {
                    throw TechnologyError.invalid(location: file, field: entry.fieldPath("gates-each"),
                                                  rule: "must be cell-area-each / liberty.nand2-cell-area = \(String(format: "%.3f", expected)) (got \(TechnologyLibrary.format(block.gatesEach)))")
                }
                blocks.append(block)
            }
            if blocks.isEmpty { throw TechnologyError.invalid(location: file, field: "blocks", rule: "must list the synthesized blocks") }
            return PermDNNLogicGates(tool: tool, libertyFile: try text(liberty, "file"), libertyPackage: try text(liberty, "package"),
                                     libertySHA256: try text(liberty, "sha256"), nand2Cell: try text(liberty, "nand2-cell"),
                                     nand2CellArea: nand2CellArea, parameters: parameters, blocks: blocks, location: file)
        } catch let error as WorkloadError {
            throw TechnologyError.from(error)
        }
    }
}
