import ArgumentParser
import PermDNNModel
import PermSim
import Workloads

extension PermSimCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List workloads, networks, architecture presets and config keys.")

        @Flag(name: .long, help: "List only the config keys usable in presets and --set.")
        var keys = false

        @Option(name: .long, help: ArgumentHelp("List the 2-D tensors of a .safetensors file (name, dtype, shape) and exit.", valueName: "FILE"))
        var tensors: String?

        func run() throws {
            if let tensors {
                let file = try SafeTensorsFile.open(path: tensors)
                let matrices = file.entries.filter { $0.shape.count == 2 && $0.dtype.isImportable }
                let rows = [["tensor", "dtype", "out x in"]] + matrices.map { [$0.name, $0.dtype.rawValue, "\($0.shape[0]) x \($0.shape[1])"] }
                print(TextTable.render(rows, leftAligned: 2, ruleUnderHeader: true), terminator: "")
                print("\(matrices.count) of \(file.entries.count) tensors are 2-D of an importable dtype (usable as --weights \(tensors) --tensor NAME)")
                return
            }
            if keys {
                printKeys()
                return
            }
            print("EIE benchmark suite (default workload):")
            printLayers(WorkloadCatalog.eieSuite)
            print("\nModern layers:")
            printLayers(WorkloadCatalog.modern)
            print("\nNetworks (each layer's output feeds the next):")
            for network in WorkloadCatalog.networks {
                print("  \(network.name.padded(22)) \(network.layers.map(\.name).joined(separator: " -> "))")
            }
            print("\nReal-weight networks (independent linear layers, real weights at --weight-density, default 1/8):")
            for network in RealNetwork.all {
                let state = network.isCached ? "cached at \(network.path)" : "not cached: fetch with \(network.fetchCommand)"
                print("  \(network.name.padded(22)) \(network.tensors.count) layers (\(network.tensors.prefix(6).map(\.layer).joined(separator: ", ")), ...); \(state)")
                print("  \("".padded(22)) \(network.origin)")
            }
            print("\nArchitecture presets (--config NAME):")
            for name in ConfigLoader.presetNames() { print("  \(name)") }
            print("")
            printKeys()
        }

        func printLayers(_ specs: [LayerSpec]) {
            print("  \("name".padded(22)) \("in".leftPadded(6)) \("out".leftPadded(6))  \("w dens".leftPadded(6))  p    \("act dens".leftPadded(8))  origin")
            for spec in specs {
                print("  \(spec.name.padded(22)) \(String(spec.inputs).leftPadded(6)) \(String(spec.outputs).leftPadded(6))  \(percent(spec.weightDensity).leftPadded(6))  \(String(spec.resolvedBlockSize()).padded(3))  \(percent(spec.activationDensity).leftPadded(8))  \(spec.origin)")
            }
        }

        func printKeys() {
            print("Config keys (YAML sections and --set KEY=VALUE):")
            for entry in EngineTable.standard.entries {
                print("  \(entry.name): \(entry.summary)")
                let rows = [["key", "default", "values", "meaning"]] + entry.keys.map { [$0.path, $0.defaultValue, $0.range, $0.help] }
                for line in TextTable.render(rows, leftAligned: 4).split(separator: "\n") {
                    print("    " + String(line.reversed().drop { $0 == " " }.reversed()))
                }
            }
        }

        func percent(_ value: Double) -> String {
            let scaled = (value * 1000).rounded() / 10
            return "\(scaled)%"
        }
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
