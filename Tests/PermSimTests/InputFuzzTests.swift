import ConfigSupport
import Foundation
import PermDNNModel
import Testing
@testable import Workloads

/// A bounded, seeded mutation fuzzer over the readers of user files: workload YAML, preset
/// YAML and `.npy`. Each mutant must either parse or throw one of the input errors; a crash
/// (a trap, an allocation failure) ends the test process and fails the run. Seeded, so a
/// failure reproduces; bounded by a count, never by time.
@Suite struct InputFuzzTests {
    static let mutantsPerSeed = 5000

    /// Valid inputs the mutants start from.
    static let workloadSeeds = [
        "layers:\n  - {name: a, in: 64, out: 32, p: 4, act-density: 0.5}\n  - name: b\n    in: 16\n    out: 8\n    weight-density: 0.25\n    relu: false\n",
        "network:\n  name: n\n  layers:\n    - {name: a, in: 16, out: 8, p: 2}\n    - {name: b, in: 8, out: 4, p: 2, permutation: formula}\n",
    ]
    static let presetSeed = "name: x\nengine:\n  pes: 8\n  clock-ghz: 1.2\n  queue-depth: 4\npe:\n  multipliers: 4\n  weight-sram-kib: 64\n  permutation: stored\nfixed-point:\n  fraction-bits: 8\n"

    /// One mutation: flip a bit, replace, insert or delete a byte, truncate, duplicate a run,
    /// or splice in a token that tends to matter to the parser.
    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let tokens: [[UInt8]] = ["-", ":", "{", "}", "[", "]", "\n", "  ", "\"", "'", "&a", "*a", "!!", "1e309", "-0", "99999999999999999999", "\u{0}", "\u{FF}", "nan", "\t", "#"]
            .map { Array($0.utf8) }
        for _ in 0..<(1 + rng.uniformInt(below: 4)) {
            let position = bytes.isEmpty ? 0 : rng.uniformInt(below: bytes.count)
            switch rng.uniformInt(below: 7) {
            case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1 << rng.uniformInt(below: 8))
            case 1 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: rng.uniformInt(below: 256))
            case 2: bytes.insert(UInt8(truncatingIfNeeded: rng.uniformInt(below: 256)), at: position)
            case 3 where !bytes.isEmpty: bytes.remove(at: position)
            case 4: bytes = Array(bytes.prefix(position))
            case 5 where !bytes.isEmpty:
                let length = min(bytes.count - position, 1 + rng.uniformInt(below: 16))
                bytes.insert(contentsOf: bytes[position..<position + length], at: position)
            default: bytes.insert(contentsOf: tokens[rng.uniformInt(below: tokens.count)], at: position)
            }
        }
        return bytes
    }

    @Test func workloadFilesNeverCrash() {
        var parsed = 0, refused = 0
        for (index, seed) in Self.workloadSeeds.enumerated() {
            var rng = SplitMix64(seed: UInt64(100 + index))
            for _ in 0..<Self.mutantsPerSeed {
                let text = String(decoding: Self.mutate(Array(seed.utf8), &rng), as: UTF8.self)
                do {
                    let file = try WorkloadFile.parse(yaml: text, name: "fuzz.yaml", baseDirectory: "/nonexistent")
                    for entry in file.entries { try? entry.spec.validate() }
                    parsed += 1
                } catch is WorkloadError {
                    refused += 1
                } catch {
                    Issue.record("unexpected error type \(type(of: error)): \(error) for \(text.debugDescription)")
                }
            }
        }
        #expect(parsed > 0 && refused > 0, "the mutants should both parse and fail: \(parsed) parsed, \(refused) refused")
    }

    @Test func presetsNeverCrash() {
        var rng = SplitMix64(seed: 200)
        var refused = 0
        for _ in 0..<Self.mutantsPerSeed {
            let text = String(decoding: Self.mutate(Array(Self.presetSeed.utf8), &rng), as: UTF8.self)
            do {
                _ = try ConfigLoader.parse(yaml: text, file: "fuzz.yaml")
            } catch is ConfigError {
                refused += 1
            } catch is WorkloadError {
                refused += 1
            } catch {
                Issue.record("unexpected error type \(type(of: error)): \(error) for \(text.debugDescription)")
            }
        }
        #expect(refused > 0)
    }

    @Test func npyFilesNeverCrash() throws {
        let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"
        let padded = header + String(repeating: " ", count: 63 - (10 + header.utf8.count) % 64) + "\n"
        var seed: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(padded.utf8.count & 0xFF), UInt8(padded.utf8.count >> 8)] + Array(padded.utf8)
        for value in 0..<12 { withUnsafeBytes(of: Float(value).bitPattern.littleEndian) { seed += $0 } }
        _ = try NpyArray.read(data: seed, name: "seed.npy")
        var rng = SplitMix64(seed: 300)
        var parsed = 0, refused = 0
        for _ in 0..<(2 * Self.mutantsPerSeed) {
            let mutant = Self.mutate(seed, &rng)
            do {
                let array = try NpyArray.read(data: mutant, name: "fuzz.npy")
                _ = try? array.checkedMatrix(label: "fuzz.npy")
                parsed += 1
            } catch is WorkloadError {
                refused += 1
            } catch {
                Issue.record("unexpected error type \(type(of: error)): \(error)")
            }
        }
        #expect(parsed > 0 && refused > 0, "\(parsed) parsed, \(refused) refused")
    }
}
