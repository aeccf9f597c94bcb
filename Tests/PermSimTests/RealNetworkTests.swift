import EIEModel
import Foundation
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The minilm-l6 network: all-MiniLM-L6-v2's real weights, cached by `scripts/fetch-weights.sh`.
/// The test command fetches them and sets `PERMSIM_REQUIRE_MINILM=1`, so there a missing file
/// fails the tests instead of skipping them.
@Suite struct RealNetworkTests {
    static let required = ProcessInfo.processInfo.environment["PERMSIM_REQUIRE_MINILM"] == "1"
    static let available = RealNetwork.miniLM.isCached || required

    @Test func theCatalogueDescribesThirtySixLinearLayers() {
        let network = RealNetwork.miniLM
        #expect(network.tensors.count == 36)
        #expect(Set(network.tensors.map(\.layer)).count == 36 && Set(network.tensors.map(\.tensor)).count == 36)
        #expect(network.tensors.filter { $0.outputs == 384 && $0.inputs == 384 }.count == 24)
        #expect(network.tensors.filter { $0.outputs == 1536 && $0.inputs == 384 }.count == 6)
        #expect(network.tensors.filter { $0.outputs == 384 && $0.inputs == 1536 }.count == 6)
        #expect(RealNetwork.named("minilm-l6") == network && RealNetwork.named("minilm") == nil)
    }

    /// Without the file, one line names where it was looked for and the fetch command.
    @Test func aMissingFileNamesTheFetchCommand() {
        var network = RealNetwork.miniLM
        network.cacheFolder = "no-such-folder-\(UInt32.random(in: 0...UInt32.max))"
        do {
            _ = try network.entries(weightDensity: nil, blockSize: nil)
            Issue.record("entries without the file did not throw")
        } catch {
            let text = "\(error)"
            #expect(text.contains("not cached") && text.contains(network.path) && text.contains("scripts/fetch-weights.sh") && !text.contains("\n"), "\(text)")
        }
    }

    @Test(.enabled(if: available)) func tensorsHaveTheirNamesShapesAndValues() throws {
        let file = try SafeTensorsFile.open(path: RealNetwork.miniLM.checkedPath())
        for tensor in RealNetwork.miniLM.tensors {
            let entry = try #require(file.entries.first { $0.name == tensor.tensor }, "\(tensor.tensor)")
            #expect(entry.shape == [tensor.outputs, tensor.inputs] && entry.dtype == .f32, "\(tensor.tensor)")
        }
        // Values read by Python's struct/numpy from the same file (float32 bit patterns).
        let expected: [(String, Int, Int, UInt32)] = [
            ("encoder.layer.0.attention.self.query.weight", 0, 0, 3_189_256_126),
            ("encoder.layer.0.attention.self.query.weight", 383, 383, 3_182_334_400),
            ("encoder.layer.5.intermediate.dense.weight", 1535, 0, 3_174_203_110),
            ("encoder.layer.3.output.dense.weight", 0, 1535, 1_036_348_976),
        ]
        for (name, row, column, bits) in expected {
            let array = try file.tensor(named: name)
            #expect(array.values[row * array.shape[1] + column] == Double(Float(bitPattern: bits)), "\(name)[\(row), \(column)]")
        }
    }

    @Test(.enabled(if: available)) func theSelectionRunsIndependentLayersAtTheGivenDensity() throws {
        let selection = WorkloadSelection(networks: ["minilm-l6"], custom: .init(weightDensity: 0.25))
        let jobs = try selection.jobs()
        #expect(jobs.count == 1)
        let job = try #require(jobs.first)
        #expect(job.network == "minilm-l6" && !job.chained && job.layers.count == 36)
        #expect(job.layers.allSatisfy { $0.spec.weightDensity == 0.25 && $0.spec.resolvedBlockSize() == 4 && !$0.spec.relu })
        #expect(job.labels.first == "minilm-l6/l0.query" && job.labels.last == "minilm-l6/l5.output")
        let defaults = try WorkloadSelection(networks: ["minilm-l6"]).jobs()
        #expect(defaults.first?.layers.allSatisfy { $0.spec.weightDensity == RealNetwork.defaultDensity } == true)
    }

    /// EIE's weight sharing on real pruned layers: every one of the 15 codes serves weights
    /// (the even k-means start left some empty), and the quantisation error is reported.
    @Test(.enabled(if: available)) func everyCodebookEntryServesOnRealLayers() throws {
        let file = try SafeTensorsFile.open(path: RealNetwork.miniLM.checkedPath())
        for tensor in RealNetwork.miniLM.tensors.prefix(6) {
            let layer = try EIELayer.fromDense(weights: try file.tensor(named: tensor.tensor), activations: nil, density: 0.125,
                                               format: EIEConfig.default.format, name: tensor.layer)
            var used = Set<UInt8>()
            for slice in layer.slices {
                for entry in slice.entries where entry >> UInt16(layer.encoding.relativeIndexBits) != 0 {
                    used.insert(UInt8(entry >> UInt16(layer.encoding.relativeIndexBits)))
                }
            }
            let compression = try #require(layer.compression)
            print("EIE codebook on \(tensor.layer): \(used.count) of 15 codes used, quantisation error \(compression.quantizationError)")
            #expect(used.count == 15, "\(tensor.layer): \(used.sorted())")
            #expect(compression.quantizationError > 0 && compression.quantizationError < 0.2)
        }
    }

    /// Encoder layer 0's six linear layers on every engine: the cycle model equals the
    /// functional reference bit for bit, and the projection error is reported.
    @Test(.enabled(if: available), arguments: ["permdnn", "eie", "circnn", "nm"])
    func everyEngineMatchesItsReference(engine: String) throws {
        let job = try #require(try WorkloadSelection(networks: ["minilm-l6"]).jobs().first)
        let firstBlock = Job(layers: Array(job.layers.prefix(6)), network: job.network, chained: false)
        let accelerator = try EngineTable.standard.accelerator(named: engine, options: EngineOptions())
        let runs = try Simulation(accelerator: accelerator).run(firstBlock)
        #expect(runs.count == 6)
        for run in runs {
            #expect(run.report.matchesReference == true, "\(engine) \(run.report.workload)")
            let error = try #require(run.report.projectionError, "\(engine) \(run.report.workload)")
            #expect(error > 0 && error < 1, "\(engine) \(run.report.workload): \(error)")
            #expect((run.report.balance ?? 0) > 0 && (run.report.balance ?? 2) <= 1)
        }
    }
}
