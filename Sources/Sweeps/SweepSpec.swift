import ConfigSupport
import Foundation
import PermSim
import Workloads

/// A sweep file (`permsim sweep SPEC.yaml`, `docs/sweeps.md`): engines, workloads, and axes over
/// any config key of those engines, as a full grid or a seeded random sample, with optional
/// design constraints.
///
/// ```yaml
/// engine: permdnn                  # or engines: [permdnn, eie]
/// workloads: [alexnet-fc7, alexnet-fc8]   # catalogue layers or networks; suite: eie; workload-file: F
/// axes:
///   engine.pes: [8, 16, 32]                    # a list
///   pe.multipliers: {from: 2, to: 8, step: 2}  # an integer or real range
///   pe.weight-sram-kib: {from: 64, to: 512, factor: 2}   # a log range
/// sample: {points: 100, seed: 3}    # optional: a random sample of the grid
/// constraints: {area-mm2: 10, power-mw: 900}   # optional: at most
/// node: 28nm                        # the technology every point is priced on (default 28nm)
/// seed: 1                           # workload generator seed
/// verify: true                      # check every layer against its reference
/// ```
/// An axis applies to every engine whose key table has it (`permsim list --keys`); each
/// engine's points are the grid of the axes that apply to it.
public struct SweepSpec: Sendable, Equatable {
    /// One axis: a config key and its values, as the `--set` text takes them.
    public struct Axis: Sendable, Equatable {
        public var key: String
        public var values: [String]
    }

    public struct Constraints: Sendable, Equatable {
        public var areaMM2: Double?
        public var powerMW: Double?
    }

    public var engines: [String]
    public var selection: WorkloadSelection
    public var axes: [Axis]
    /// Sample this many points of the grid (nil: the full grid), from `sampleSeed`.
    public var samplePoints: Int?
    public var sampleSeed: UInt64
    public var constraints: Constraints
    public var node: String
    public var seed: UInt64
    public var verify: Bool
    /// The file's text: stored in the database, and what `merge` compares.
    public var text: String

    /// The most points a sweep may have.
    public static let maximumPoints = 10_000_000

    /// Parses and checks a sweep file; errors name the file, the line and the key.
    public static func load(path: String) throws -> SweepSpec {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw WorkloadError.invalid(field: "file", rule: "cannot be read", location: path)
        }
        return try parse(text, file: path, baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    public static func parse(_ text: String, file: String, baseDirectory: String) throws -> SweepSpec {
        let root = try YAMLMapping(node: try YAMLMapping.parseDocument(text, file: file), path: "", file: file)
        try root.rejectUnknownKeys(["engine", "engines", "workloads", "suite", "workload-file", "axes", "sample", "constraints", "node", "seed", "verify"])
        var engines: [String] = []
        if let one = try root.string("engine") {
            guard !root.contains("engines") else { throw root.error("engines", "give engine or engines, not both") }
            engines = [one]
        } else if let list = try root.sequence("engines") {
            engines = try list.enumerated().map { index, node in
                guard let name = node.string, !name.isEmpty else { throw root.error("engines", "item \(index + 1) must be an engine name") }
                return name
            }
        }
        if engines.isEmpty { engines = ["permdnn"] }
        for name in engines {
            guard EngineTable.standard.names.contains(name) else {
                throw root.error(root.contains("engines") ? "engines" : "engine", "unknown engine '\(name)' (engines: \(EngineTable.standard.names.joined(separator: ", ")))")
            }
        }
        guard Set(engines).count == engines.count else { throw root.error("engines", "names an engine twice") }

        var workloads: [String] = []
        if let list = try root.sequence("workloads") {
            workloads = try list.enumerated().map { index, node in
                guard let name = node.string, !name.isEmpty else { throw root.error("workloads", "item \(index + 1) must be a catalogue layer or network name") }
                return name
            }
        }
        let suite = try root.choice("suite", from: WorkloadSelection.Suite.allCases.map(\.rawValue)).flatMap(WorkloadSelection.Suite.init)
        let workloadFile = try root.string("workload-file").map { $0.hasPrefix("/") ? $0 : baseDirectory + "/" + $0 }
        var layers: [String] = [], networks: [String] = []
        for name in workloads {
            if (try? WorkloadCatalog.network(named: name)) != nil || RealNetwork.named(name) != nil { networks.append(name) } else { layers.append(name) }
        }
        let selection = WorkloadSelection(suite: suite, workloads: layers, networks: networks, workloadFile: workloadFile)
        do {
            _ = try selection.jobs()
        } catch let ConfigError.invalid(_, rule) {
            throw root.error("workloads", rule)
        }

        guard let axesMap = try root.mapping("axes") else { throw root.error("axes", "is required: a map of config keys to values") }
        var axes: [Axis] = []
        for key in axesMap.keys {
            let owners = EngineTable.standard.entries.filter { engines.contains($0.name) && $0.keys.contains { $0.path == key } }
            guard !owners.isEmpty else {
                let known = EngineTable.standard.entries.filter { engines.contains($0.name) }.flatMap { $0.keys.map(\.path) }
                let hint = NameSuggestion.nearest(to: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
                throw axesMap.error(key, "is not a config key of \(engines.joined(separator: " or "))\(hint) (permsim list --keys)")
            }
            let values = try axisValues(axesMap, key)
            // Each value once, accepted by every engine the axis applies to.
            for value in values {
                for owner in owners {
                    var options = EngineOptions()
                    options.overrides = ["\(key)=\(value)"]
                    do {
                        _ = try owner.make(options)
                    } catch let ConfigError.invalid(field, rule) {
                        throw axesMap.error(key, "value \(value): \(field == key ? "" : field + ": ")\(rule)")
                    }
                }
            }
            axes.append(Axis(key: key, values: values))
        }
        guard !axes.isEmpty else { throw root.error("axes", "must have at least one axis") }

        var samplePoints: Int?, sampleSeed: UInt64 = 1
        if let sample = try root.mapping("sample") {
            try sample.rejectUnknownKeys(["points", "seed"])
            guard let points = try sample.int("points", in: 1...maximumPoints) else { throw sample.error("points", "is required: how many points to draw") }
            samplePoints = points
            sampleSeed = UInt64(try sample.int("seed", in: 0...Int.max) ?? 1)
        }
        var constraints = Constraints()
        if let map = try root.mapping("constraints") {
            try map.rejectUnknownKeys(["area-mm2", "power-mw"])
            constraints.areaMM2 = try map.double("area-mm2", in: 1e-9...1e9)
            constraints.powerMW = try map.double("power-mw", in: 1e-9...1e12)
        }
        let node = try root.string("node") ?? "28nm"
        let seed = UInt64(try root.int("seed", in: 0...Int.max) ?? 1)
        let verify = try root.bool("verify") ?? true
        let spec = SweepSpec(engines: engines, selection: selection, axes: axes, samplePoints: samplePoints, sampleSeed: sampleSeed,
                             constraints: constraints, node: node, seed: seed, verify: verify, text: text)
        let total = spec.gridSize
        guard total <= maximumPoints else { throw root.error("axes", "give \(total) points, over the limit of \(maximumPoints)") }
        if let samplePoints, samplePoints > total {
            throw root.error("sample", "asks for \(samplePoints) points but the grid has \(total)")
        }
        return spec
    }

    /// An axis's values as `--set` text: a list, `{from, to, step}` or `{from, to, factor}`.
    static func axisValues(_ axes: YAMLMapping, _ key: String) throws -> [String] {
        if let list = try? axes.sequence(key) {
            guard !list.isEmpty else { throw axes.error(key, "must list at least one value") }
            let values = try list.map { node -> String in
                guard let text = node.scalar?.string, !text.isEmpty else { throw axes.error(key, "values must be numbers or names") }
                return text
            }
            guard Set(values).count == values.count else { throw axes.error(key, "lists a value twice") }
            return values
        }
        guard let range = try axes.mapping(key) else { throw axes.error(key, "must be a list, {from, to, step} or {from, to, factor}") }
        try range.rejectUnknownKeys(["from", "to", "step", "factor"])
        guard let from = try range.double("from"), let to = try range.double("to") else {
            throw range.error("from", "a range needs from and to")
        }
        guard from <= to else { throw range.error("to", "must be at least from (\(from))") }
        let step = try range.double("step"), factor = try range.double("factor")
        var values: [Double] = []
        if let step {
            guard factor == nil else { throw range.error("factor", "give step or factor, not both") }
            guard step > 0 else { throw range.error("step", "must be positive (got \(step))") }
            guard (to - from) / step < Double(maximumPoints) else { throw range.error("step", "gives over \(maximumPoints) values") }
            var index = 0.0
            while from + index * step <= to + 1e-9 * max(1, abs(to)) { values.append(from + index * step); index += 1 }
        } else if let factor {
            guard factor > 1 else { throw range.error("factor", "must be above 1 (got \(factor))") }
            guard from > 0 else { throw range.error("from", "must be positive for a log range (got \(from))") }
            var value = from
            while value <= to * (1 + 1e-9) { values.append(value); value *= factor }
        } else {
            throw range.error("step", "a range needs step (linear) or factor (log)")
        }
        let integers = [from, to, step ?? 1, factor ?? 2].allSatisfy { $0 == $0.rounded() }
        return values.map { value in
            integers && value == value.rounded() ? String(Int(value)) : ConfigNumber.text(value)
        }
    }

    /// The axes that apply to `engine`, in file order.
    public func axes(for engine: String) -> [Axis] {
        guard let entry = try? EngineTable.standard.entry(named: engine) else { return [] }
        return axes.filter { axis in entry.keys.contains { $0.path == axis.key } }
    }

    /// Points of the full grid, over every engine.
    public var gridSize: Int {
        engines.reduce(0) { total, engine in
            let (sum, overflow) = total.addingReportingOverflow(axes(for: engine).reduce(1) { product, axis in
                let (next, over) = product.multipliedReportingOverflow(by: axis.values.count)
                return over ? Int.max : next
            })
            return overflow ? Int.max : sum
        }
    }

    /// The point with grid index `index`: engines in file order, each its axes' grid with the
    /// last axis varying fastest.
    public func point(at index: Int) -> SweepPoint {
        var rest = index
        for engine in engines {
            let axes = axes(for: engine)
            let size = axes.reduce(1) { $0 * $1.values.count }
            if rest < size {
                var values: [(String, String)] = []
                var remainder = rest
                for axis in axes.reversed() {
                    values.append((axis.key, axis.values[remainder % axis.values.count]))
                    remainder /= axis.values.count
                }
                return SweepPoint(id: index, engine: engine, settings: values.reversed().map { SweepPoint.Setting(key: $0.0, value: $0.1) })
            }
            rest -= size
        }
        return SweepPoint(id: index, engine: engines[0], settings: [])
    }

    /// The ids of the points the sweep runs, increasing: every grid index, or `samplePoints`
    /// of them drawn by Floyd's algorithm from `SplitMix64(sampleSeed)`.
    public func pointIDs() -> [Int] {
        let total = gridSize
        guard let samplePoints, samplePoints < total else { return Array(0..<total) }
        var rng = SplitMix64(seed: sampleSeed)
        var chosen = Set<Int>()
        for t in (total - samplePoints)..<total {
            let r = rng.uniformInt(below: t + 1)
            chosen.insert(chosen.contains(r) ? t : r)
        }
        return chosen.sorted()
    }

    /// A stable fingerprint of the file's text (FNV-1a 64), to refuse merging different sweeps.
    public var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}

/// One design point of a sweep: an engine and a value for each of its axes.
public struct SweepPoint: Sendable, Equatable {
    public struct Setting: Sendable, Equatable {
        public var key: String
        public var value: String
    }

    /// Its grid index: the same in every shard and every run of the same sweep file.
    public var id: Int
    public var engine: String
    public var settings: [Setting]

    /// The `--set` assignments.
    public var overrides: [String] { settings.map { "\($0.key)=\($0.value)" } }
}

/// Reals as the sweep store and `--set` write them: the shortest text that reads back the same.
enum ConfigNumber {
    static func text(_ value: Double) -> String {
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
