import ConfigSupport
import CostModel
import EIEModel
import FixedPoint
import PermSim
import Testing
import Workloads

/// Adding an engine is one type implementing `Accelerator` and one entry in the engine table:
/// this test defines a tiny dense engine here, adds it to the table, and runs it through the
/// same runner `permsim run` uses (verification, networks, parallel jobs).
@Suite struct EngineTableTests {
    /// A dense engine with one multiplier: `y = relu(W x)` in 16-bit fixed point, one MAC per
    /// cycle for every weight of every non-zero input. Its "cycle model" counts those cycles.
    struct TinyDenseEngine: Accelerator {
        struct DenseLayer: Sendable {
            var name: String
            var weights: [[Int16]]
            var activations: [Int16]
        }
        struct Result: Sendable {
            var cycles: Int
            var outputs: [Int16]
        }

        var settings = LayerSettings()
        var name: String { "tiny" }
        var design: DesignPoint { DesignPoint(name: "tiny-1mul", summary: "tiny-1mul: one multiplier at 1 GHz") }
        var clockGHz: Double { 1.0 }

        func resolvedSpec(_ spec: LayerSpec) -> LayerSpec { settings.resolve(spec, structured: false) }

        func layer(for source: LayerSource, input: [Int16]?) throws -> DenseLayer {
            let spec = resolvedSpec(source.spec)
            try spec.validate()
            var rng = SplitMix64(seed: SplitMix64.derive(seed: settings.seed, label: "tiny-" + spec.name))
            let weights = (0..<spec.outputs).map { _ in (0..<spec.inputs).map { _ in Int16(rng.uniformInt(below: 33)) - 16 } }
            let activations = try input ?? LayerGenerator.activations(spec, format: settings.format, seed: settings.seed)
            return DenseLayer(name: spec.name, weights: weights, activations: activations)
        }

        func estimatedHostBytes(_ spec: LayerSpec) -> Int { spec.inputs * spec.outputs * 2 }

        /// The reference: accumulate in order, ReLU, round, saturate.
        func referenceOutputs(_ layer: DenseLayer) -> [Int16] {
            layer.weights.map { row in
                var accumulator: Int64 = 0
                for (w, x) in zip(row, layer.activations) {
                    accumulator = settings.format.accumulate(accumulator, FixedPointFormat.multiply(w, x))
                }
                return settings.format.requantize(accumulator, relu: true)
            }
        }

        func simulate(_ layer: DenseLayer, trace: LineTrace?) throws -> Result {
            let nonZero = layer.activations.filter { $0 != 0 }.count
            return Result(cycles: nonZero * layer.weights.count + 1, outputs: referenceOutputs(layer))
        }

        func outputs(of result: Result) -> [Int16] { result.outputs }

        func report(_ layer: DenseLayer, result: Result, network: String?, matchesReference: Bool?) -> LayerReport {
            let nonZero = layer.activations.filter { $0 != 0 }.count
            var row = LayerReport(engine: name, model: "cycle", workload: layer.name, network: network,
                                  inputs: layer.activations.count, outputs: layer.weights.count, nonZeroInputs: nonZero,
                                  macs: nonZero * layer.weights.count, totalMultipliers: 1, clockGHz: clockGHz)
            row.setTiming(cycles: result.cycles, clockGHz: clockGHz)
            row.setResident()
            row.matchesReference = matchesReference
            return row
        }

        func cost(_ result: Result, node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
            try CostModel.evaluate(engine: name, components: [], cycles: result.cycles, clockGHz: clockGHz, library: node)
        }

        func work(of result: Result) -> (multiplies: Int, multipliers: Int, dramBytes: Int) { (result.cycles - 1, 1, 0) }
    }

    static let table: EngineTable = {
        var table = EngineTable.standard
        table.entries.append(EngineEntry(name: "tiny", summary: "a dense one-multiplier engine defined in a test", keys: []) { options in
            var engine = TinyDenseEngine()
            engine.settings.seed = options.seed
            return engine
        })
        return table
    }()

    @Test func anEngineAddedToTheTableRunsThroughTheRunner() async throws {
        var options = EngineOptions()
        options.seed = 5
        let simulation = Simulation(accelerator: try Self.table.accelerator(named: "tiny", options: options))
        let specs = [LayerSpec(name: "a", inputs: 40, outputs: 12, weightDensity: 1, activationDensity: 0.5, blockSize: 1),
                     LayerSpec(name: "b", inputs: 12, outputs: 7, weightDensity: 1, activationDensity: 1, blockSize: 1)]
        let independent = try await simulation.run(specs.map { Job(layers: [.generated($0)]) }, parallelism: 2)
        #expect(independent.map(\.engine) == ["tiny", "tiny"])
        #expect(independent.map(\.workload) == ["a", "b"])
        #expect(independent.allSatisfy { $0.matchesReference == true })
        // Cycles are what the engine counted: one per MAC plus one.
        #expect(independent.map { $0.cycles } == independent.map { $0.macs + 1 })
        // A network chains the engine's own outputs: b's input is a's 12 outputs.
        let chained = try await simulation.run([Job(layers: specs.map { .generated($0) }, network: "ab")])
        #expect(chained.map { $0.network } == ["ab", "ab"])
        #expect(chained[0] == { var row = independent[0]; row.network = "ab"; return row }())
        // The same rows whatever the parallelism.
        #expect(try await simulation.run(specs.map { Job(layers: [.generated($0)]) }, parallelism: 1) == independent)
    }

    @Test func unknownEngineNamesTheTable() throws {
        #expect(throws: ConfigError.invalid(field: "--engine", rule: "unknown engine 'tinny'; did you mean 'tiny'? (engines: permdnn, eie, circnn, diagonal, nm, tiny)")) {
            try Self.table.accelerator(named: "tinny", options: EngineOptions())
        }
        #expect(EngineTable.standard.names == ["permdnn", "eie", "circnn", "diagonal", "nm"])
    }

    /// Each engine refuses options it has no use for, naming the option.
    @Test(arguments: [("eie", "--multipliers"), ("eie", "--p"), ("circnn", "--pes"), ("circnn", "--multipliers"), ("diagonal", "--p"), ("nm", "--p")])
    func enginesRefuseOptionsThatDoNotApply(engine: String, field: String) throws {
        var options = EngineOptions()
        switch field {
        case "--pes": options.pes = 4
        case "--multipliers": options.multipliers = 4
        default: options.blockSize = 4
        }
        do {
            _ = try EngineTable.standard.accelerator(named: engine, options: options)
            Issue.record("\(engine) accepted \(field)")
        } catch let ConfigError.invalid(name, _) {
            #expect(name == field)
        }
    }

    /// `--set` takes each engine's own keys: EIE's knobs are settable and validated.
    @Test func eieKeysAreSettable() throws {
        var options = EngineOptions()
        options.overrides = ["eie.queue-depth=4", "eie.pes=16"]
        let eie = try #require(try EngineTable.standard.accelerator(named: "eie", options: options) as? EIEAccelerator)
        #expect(eie.config.queueDepth == 4 && eie.config.pes == 16)
        options.overrides = ["eie.queue-depth=1"]
        #expect(throws: (any Error).self) { try EngineTable.standard.accelerator(named: "eie", options: options) }
    }
}
