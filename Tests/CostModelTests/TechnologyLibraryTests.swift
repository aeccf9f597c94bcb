import CostModel
import Foundation
import PermSimTestSupport
import Testing

/// Loading, validating and scaling technology libraries; every bad input is one line naming the field.
@Suite struct TechnologyLibraryTests {
    @Test(arguments: ["45nm", "28nm"])
    func checkedInLibraryLoadsWithEverySourceGiven(node: String) throws {
        let library = try Fixtures.library(node)
        #expect(library.node == node)
        try library.validate()
    }

    /// 28nm.yaml is the 45 nm library scaled by the 45nm -> 28nm rule (it is generated that way).
    @Test func twentyEightIsFortyFiveScaled() throws {
        let rule = try Fixtures.catalog.scaling().rule(from: "45nm", to: "28nm")
        let expected = try Fixtures.library("45nm").scaled(by: rule)
        let checkedIn = try Fixtures.library("28nm")
        #expect(checkedIn.scaledFrom == "45nm")
        let expectedFields = fieldValues(expected), checkedInFields = fieldValues(checkedIn)
        #expect(expectedFields.count == checkedInFields.count)
        for ((key, want), (_, got)) in zip(expectedFields, checkedInFields) {
            #expect(abs(got - want) <= 1e-6 * max(abs(want), 1e-12), "\(key): 28nm.yaml has \(got), 45nm scaled gives \(want); regenerate 28nm.yaml (docs/cost-model.md section 4)")
        }
        #expect(abs(rule.area.value - (28.0 / 45.0) * (28.0 / 45.0)) < 1e-6)
        #expect(abs(rule.clock.value * rule.dynamicEnergy.value - 1) < 1e-6, "power per PE unchanged at the scaled clock")
        #expect(checkedIn.clockGHz.value == 1.2)
    }

    @Test func writtenFileReadsBackEqual() throws {
        let library = try Fixtures.library("45nm")
        let again = try TechnologyLibrary.parse(yaml: library.yaml(header: ["round trip"]), file: "round-trip.yaml")
        #expect(fieldValues(again).map(\.1) == fieldValues(library).map(\.1))
        #expect(again.sram.readEnergyPJ.source == library.sram.readEnergyPJ.source)
    }

    @Test func missingEntryNamesTheField() throws {
        let text = try removing(entry: "read-energy-pj", from: Fixtures.text("28nm.yaml"))
        let error = try #require(throwsTechnologyError { try TechnologyLibrary.parse(yaml: text, file: "configs/tech/28nm.yaml") })
        #expect(error.description == "configs/tech/28nm.yaml: sram.read-energy-pj: missing")
    }

    @Test func negativeEntryNamesTheFieldAndRule() throws {
        let text = try replacingValue(of: "read-energy-pj", with: "-1", in: Fixtures.text("28nm.yaml"))
        let error = try #require(throwsTechnologyError { try TechnologyLibrary.parse(yaml: text, file: "configs/tech/28nm.yaml") })
        #expect(error.description == "configs/tech/28nm.yaml: sram.read-energy-pj: must be >= 0 (got -1)")
    }

    @Test func zeroAreaAndOutOfRangeExponentAreRejected() throws {
        let zero = try replacingValue(of: "bit-area-um2", with: "0", in: Fixtures.text("45nm.yaml"))
        #expect(throwsTechnologyError { try TechnologyLibrary.parse(yaml: zero, file: "45nm.yaml") }?.description
            == "45nm.yaml: sram.bit-area-um2: must be > 0 (got 0)")
        let exponent = try replacingValue(of: "capacity-exponent", with: "3", in: Fixtures.text("45nm.yaml"))
        #expect(throwsTechnologyError { try TechnologyLibrary.parse(yaml: exponent, file: "45nm.yaml") }?.description
            == "45nm.yaml: sram.capacity-exponent: must be in [0, 2] (got 3)")
    }

    @Test func missingSourceIsRejected() throws {
        let text = try Fixtures.text("45nm.yaml").components(separatedBy: "\n")
        let index = try #require(text.firstIndex(of: "  energy-pj-per-byte:"))
        let withoutSource = (text[...(index + 1)] + text[(index + 3)...]).joined(separator: "\n")
        let error = try #require(throwsTechnologyError { try TechnologyLibrary.parse(yaml: withoutSource, file: "45nm.yaml") })
        #expect(error.description == "45nm.yaml: dram.energy-pj-per-byte.source: missing")
    }

    @Test func misspelledKeyIsNamedWithASuggestion() throws {
        let text = try Fixtures.text("45nm.yaml").replacingOccurrences(of: "  leakage-nw-per-bit:", with: "  leakage-nw-per-bits:")
        let error = try #require(throwsTechnologyError { try TechnologyLibrary.parse(yaml: text, file: "45nm.yaml") })
        #expect(error.description.hasPrefix("45nm.yaml:"))
        #expect(error.description.contains("sram.leakage-nw-per-bits: unknown key; did you mean 'leakage-nw-per-bit'?"))
    }

    @Test func unknownNodeIsOneLine() throws {
        let error = try #require(throwsTechnologyError { try Fixtures.catalog.library(node: "16nm") })
        #expect(error.description.hasPrefix("\(Fixtures.techDirectory): no technology file 16nm.yaml and no scaling rule to 16nm (nodes: "))
        #expect(error.description.contains("28nm") && error.description.contains("45nm"))
        #expect(!error.description.contains("\n"))
    }

    /// A file that says `scaled-from: 45nm` needs a 45nm -> 28nm rule.
    @Test func nodeWithoutScalingRuleIsRejected() throws {
        let temporary = try TemporaryDirectory(prefix: "costmodel")
        defer { temporary.remove() }
        let directory = temporary.path
        try Fixtures.text("45nm.yaml").write(toFile: directory + "/45nm.yaml", atomically: true, encoding: .utf8)
        try Fixtures.text("28nm.yaml").write(toFile: directory + "/28nm.yaml", atomically: true, encoding: .utf8)
        try "rules: []\n".write(toFile: directory + "/scaling.yaml", atomically: true, encoding: .utf8)
        let catalog = TechnologyCatalog(directory: directory)
        let error = try #require(throwsTechnologyError { try catalog.library(node: "28nm") })
        #expect(error.description == "\(directory)/scaling.yaml: rules: no scaling rule from 45nm to 28nm (rules: none)")
        #expect(try catalog.library(node: "45nm").node == "45nm")
    }

    /// A node with no file is derived from one that has a file, through a rule.
    @Test func nodeWithoutFileIsDerivedByItsRule() throws {
        let temporary = try TemporaryDirectory(prefix: "costmodel")
        defer { temporary.remove() }
        let directory = temporary.path
        try Fixtures.text("45nm.yaml").write(toFile: directory + "/45nm.yaml", atomically: true, encoding: .utf8)
        try Fixtures.text("scaling.yaml").write(toFile: directory + "/scaling.yaml", atomically: true, encoding: .utf8)
        let derived = try TechnologyCatalog(directory: directory).library(node: "28nm")
        #expect(derived.node == "28nm" && derived.scaledFrom == "45nm")
        let checkedIn = try Fixtures.library("28nm")
        for ((key, want), (_, got)) in zip(fieldValues(checkedIn), fieldValues(derived)) {
            #expect(abs(got - want) <= 1e-6 * max(abs(want), 1e-12), "\(key)")
        }
    }

    @Test func badScalingFactorNamesTheRuleField() throws {
        let text = try Fixtures.text("scaling.yaml").replacingOccurrences(of: "value: 0.3871605", with: "value: -0.39")
        let error = try #require(throwsTechnologyError { try NodeScaling.parse(yaml: text, file: "scaling.yaml") })
        #expect(error.description.hasPrefix("scaling.yaml:"))
        #expect(error.description.hasSuffix("rules[0].area.value: must be > 0 (got -0.39)"))
        let missing = try Fixtures.text("scaling.yaml").components(separatedBy: "\n").filter { !$0.contains("to: 28nm") }.joined(separator: "\n")
        #expect(throwsTechnologyError { try NodeScaling.parse(yaml: missing, file: "scaling.yaml") }?.description.contains("rules[0].to: missing") == true)
    }

    @Test func unreadableFileIsOneLine() throws {
        let error = try #require(throwsTechnologyError { try TechnologyLibrary.load(path: "/nonexistent/7nm.yaml") })
        #expect(error.description.hasPrefix("/nonexistent/7nm.yaml: file: cannot be read"))
        #expect(!error.description.contains("\n"))
    }

    // MARK: helpers

    /// Every numeric field as (`group.key`, value).
    private func fieldValues(_ library: TechnologyLibrary) -> [(String, Double)] {
        library.entries.map { ($0.field, $0.value) }
    }

    private func removing(entry: String, from text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: "  \(entry):"))
        lines.removeSubrange(index...(index + 2))
        return lines.joined(separator: "\n")
    }

    private func replacingValue(of entry: String, with value: String, in text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: "  \(entry):"))
        lines[index + 1] = "    value: \(value)"
        return lines.joined(separator: "\n")
    }
}

/// The `TechnologyError` `body` throws (`nil` if it throws nothing or another error).
func throwsTechnologyError(_ body: () throws -> Any) -> TechnologyError? {
    do {
        _ = try body()
        return nil
    } catch let error as TechnologyError {
        return error
    } catch {
        return nil
    }
}
