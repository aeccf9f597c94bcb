import ConfigSupport
import Testing
@testable import Workloads

struct WorkloadCatalogTests {
    /// `shared/spec/workloads.md` §1, row by row: name, in, out, weight density, activation density, p.
    static let eieTable: [(String, Int, Int, Double, Double, Int)] = [
        ("alexnet-fc6", 9216, 4096, 0.09, 0.351, 11),
        ("alexnet-fc7", 4096, 4096, 0.09, 0.353, 11),
        ("alexnet-fc8", 4096, 1000, 0.25, 0.375, 4),
        ("vgg16-fc6", 25088, 4096, 0.04, 0.183, 25),
        ("vgg16-fc7", 4096, 4096, 0.04, 0.375, 25),
        ("vgg16-fc8", 4096, 1000, 0.23, 0.411, 4),
        ("neuraltalk-we", 4096, 600, 0.10, 1.0, 10),
        ("neuraltalk-wd", 600, 8791, 0.11, 1.0, 9),
        ("neuraltalk-lstm", 1201, 2400, 0.10, 1.0, 10),
    ]

    @Test func eieSuiteMatchesThePaperTable() throws {
        #expect(WorkloadCatalog.eieSuite.count == 9)
        for (spec, row) in zip(WorkloadCatalog.eieSuite, Self.eieTable) {
            #expect(spec.name == row.0)
            #expect(spec.inputs == row.1)
            #expect(spec.outputs == row.2)
            #expect(spec.weightDensity == row.3)
            #expect(spec.activationDensity == row.4)
            #expect(spec.resolvedBlockSize() == row.5, "p of \(spec.name)")
            #expect(spec.relu)
            #expect(spec.activationSign == (spec.name.hasPrefix("neuraltalk") ? .signed : .nonNegative))
            #expect(spec.origin.contains("EIE"))
            try spec.validate()
        }
    }

    @Test func modernLayers() throws {
        let shapes: [String: (Int, Int, Int)] = [
            "vit-b16-qkv": (768, 2304, 10), "vit-b16-proj": (768, 768, 10), "vit-b16-fc1": (768, 3072, 10),
            "vit-b16-fc2": (3072, 768, 10), "llm7b-gate": (4096, 11008, 8), "llm7b-up": (4096, 11008, 8),
            "llm7b-down": (11008, 4096, 8), "llm7b-down-relufied": (11008, 4096, 8),
        ]
        #expect(Set(WorkloadCatalog.modern.map(\.name)) == Set(shapes.keys))
        for spec in WorkloadCatalog.modern {
            let shape = try #require(shapes[spec.name])
            #expect(spec.inputs == shape.0 && spec.outputs == shape.1 && spec.resolvedBlockSize() == shape.2, "\(spec.name)")
            try spec.validate()
        }
        let relufied = try WorkloadCatalog.layer(named: "llm7b-down-relufied")
        #expect(relufied.activationDensity == 0.1 && relufied.activationSign == .nonNegative)
        #expect(relufied.origin.contains("assumption"))
        #expect(try WorkloadCatalog.layer(named: "llm7b-gate").origin.contains("assumption"))
        #expect(try WorkloadCatalog.layer(named: "vit-b16-qkv").activationSign == .signed)
    }

    @Test func namesAreUnique() {
        let names = (WorkloadCatalog.eieSuite + WorkloadCatalog.modern).map(\.name) + WorkloadCatalog.networks.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func unknownLayerSuggestsNearestName() {
        let error = workloadError { _ = try WorkloadCatalog.layer(named: "alexnet-fc9") }
        #expect(error == .invalid(field: "workload", rule: "unknown name 'alexnet-fc9'; did you mean 'alexnet-fc8'? (see permsim list)"))
        #expect(message { _ = try WorkloadCatalog.layer(named: "vgg-fc6") }.contains("did you mean 'vgg16-fc6'?"))
        #expect(message { _ = try WorkloadCatalog.layer(named: "resnet50-conv1") } == "workload: unknown name 'resnet50-conv1' (see permsim list)")
        #expect(message { _ = try WorkloadCatalog.network(named: "alexnet-clasifier") }.contains("did you mean 'alexnet-classifier'?"))
        #expect(message { _ = try WorkloadCatalog.layer(named: "vit-b16-mlp") }.contains("is a network, not a layer"))
        #expect(message { _ = try WorkloadCatalog.network(named: "alexnet-fc6") }.contains("is a layer, not a network"))
    }

    @Test func levenshtein() {
        func distance(_ a: String, _ b: String) -> Int {
            NameSuggestion.levenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(distance("flaw", "lawn") == 2)
        #expect(distance("same", "same") == 0)
    }

    @Test func networksChain() throws {
        #expect(WorkloadCatalog.networks.map(\.name) == ["alexnet-classifier", "vgg16-classifier", "vit-b16-mlp"])
        let alexnet = try WorkloadCatalog.network(named: "alexnet-classifier")
        #expect(alexnet.layers.map(\.name) == ["alexnet-fc6", "alexnet-fc7", "alexnet-fc8"])
        #expect(try WorkloadCatalog.network(named: "vgg16-classifier").layers.map(\.name) == ["vgg16-fc6", "vgg16-fc7", "vgg16-fc8"])
        let vit = try WorkloadCatalog.network(named: "vit-b16-mlp")
        #expect(vit.layers.map(\.name) == ["vit-b16-fc1", "vit-b16-fc2"])
        #expect(vit.layers[0].relu)
        for network in WorkloadCatalog.networks {
            try network.validate()
            for (previous, next) in zip(network.layers, network.layers.dropFirst()) {
                #expect(next.inputs == previous.outputs)
            }
        }
    }

    @Test func brokenChainIsRejected() throws {
        var network = try WorkloadCatalog.network(named: "alexnet-classifier")
        network.layers.swapAt(1, 2)
        let error = workloadError { try network.validate() }
        #expect(error == .invalid(field: "layers[2].in", rule: "must equal the previous layer's out 1000 (layer 'alexnet-fc7' has in = 4096)"))
        #expect(message { try NetworkSpec(name: "empty", layers: [], origin: "").validate() }.contains("at least one layer"))
    }
}
