import ConfigSupport
import Testing
@testable import Workloads
import Yams

struct YAMLFieldsTests {
    private func root(_ yaml: String) throws -> YAMLMapping {
        try YAMLMapping(node: YAMLMapping.parseDocument(yaml, file: "c.yaml"), path: "", file: "c.yaml")
    }

    @Test func typedAccessors() throws {
        let mapping = try root("""
        count: 1_024
        negative: -3
        ratio: 0.25
        whole: 2
        flag: yes
        off: false
        label: "hello"
        nested:
          inner: 7
        list: [1, 2, 3]
        """)
        #expect(try mapping.int("count") == 1024)
        #expect(try mapping.int("negative") == -3)
        #expect(try mapping.int("missing") == nil)
        #expect(try mapping.double("ratio") == 0.25)
        #expect(try mapping.double("whole") == 2)
        #expect(try mapping.bool("flag") == true)
        #expect(try mapping.bool("off") == false)
        #expect(try mapping.string("label") == "hello")
        #expect(try mapping.string("count") == "1_024")
        let nested = try #require(try mapping.mapping("nested"))
        #expect(nested.path == "nested")
        #expect(try nested.int("inner") == 7)
        #expect(nested.line(of: "inner") == 9)
        #expect(try mapping.sequence("list")?.count == 3)
        #expect(mapping.keys == ["count", "negative", "ratio", "whole", "flag", "off", "label", "nested", "list"])
        #expect(mapping.line(of: "ratio") == 3)
        #expect(mapping.line(of: "missing") == nil)
    }

    @Test func strictScalarRules() throws {
        let mapping = try root("q: \"12\"\nf: 1.5\nn: .nan\ni: -.inf\nnull: ~\nhex: 0x10\nbig: 99999999999999999999\n")
        #expect(message { _ = try mapping.int("q") } == "c.yaml:1: q: must be an integer (got \"12\")")
        #expect(message { _ = try mapping.int("f") } == "c.yaml:2: f: must be an integer (got 1.5)")
        #expect(message { _ = try mapping.double("n") } == "c.yaml:3: n: must be a finite number (got .nan)")
        #expect(message { _ = try mapping.double("i") } == "c.yaml:4: i: must be a finite number (got -.inf)")
        #expect(message { _ = try mapping.double("n", in: 0...1) } == "c.yaml:3: n: must be a number in [0, 1] (got .nan)")
        #expect(message { _ = try mapping.double("f", in: 0...1) } == "c.yaml:2: f: must be a number in [0, 1] (got 1.5)")
        #expect(message { _ = try mapping.string("null") } == "c.yaml:5: null: must be a string (got null)")
        #expect(message { _ = try mapping.int("hex") } == "c.yaml:6: hex: must be an integer (got 0x10)")
        #expect(message { _ = try mapping.int("big") } == "c.yaml:7: big: must be an integer (got 99999999999999999999)")
        #expect(message { _ = try mapping.int("f", in: 1...8) }.hasPrefix("c.yaml:2: f: must be an integer"))
        let pes = try root("pes: 0\n")
        #expect(message { _ = try pes.int("pes", in: 1...1024) } == "c.yaml:1: pes: must be an integer in 1...1024 (got 0)")
        #expect(message { _ = try pes.mapping("pes") } == "c.yaml:1: pes: must be a mapping of key: value pairs")
        #expect(message { _ = try pes.sequence("pes") } == "c.yaml:1: pes: must be a list")
    }

    @Test func nestedPathsAndUnknownKeys() throws {
        let mapping = try root("engine:\n  pe:\n    multipliers: 8\n    multiplers: 9\n")
        let pe = try #require(try mapping.mapping("engine")?.mapping("pe"))
        #expect(pe.path == "engine.pe")
        #expect(message { try pe.rejectUnknownKeys(["multipliers", "queue-depth"]) }
            == "c.yaml:4: engine.pe.multiplers: unknown key; did you mean 'multipliers'? (allowed: multipliers, queue-depth)")
        #expect(message { try pe.rejectUnknownKeys(["zzz"]) } == "c.yaml:3: engine.pe.multipliers: unknown key (allowed: zzz)")
        #expect(pe.error("missing", "is required") == .invalid(field: "engine.pe.missing", rule: "is required", location: "c.yaml:3"))
        let list = try root("items:\n  - {a: 1}\n  - {b: 2}\n")
        let items = try #require(try list.mappings("items"))
        #expect(items.map(\.path) == ["items[0]", "items[1]"])
        #expect(items[1].line == 3)
    }

    @Test func parseErrorsAreOneLine() {
        let text = message { _ = try YAMLMapping.parseDocument("a:\n  b: [1,\n", file: "c.yaml") }
        #expect(text.hasPrefix("c.yaml:3: YAML: "))
        #expect(!text.contains("\n"))
        #expect(message { _ = try YAMLMapping.parseDocument("a: b: c\n", file: "c.yaml") }
            == "c.yaml:1: YAML: mapping values are not allowed in this context at column 5")
    }
}
