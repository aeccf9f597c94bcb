import Testing
@testable import Workloads

struct SplitMix64Tests {
    // Reference outputs computed independently with a Python transcription of Vigna's
    // splitmix64.c (x += 0x9E3779B97F4A7C15; z = (z ^ z>>30) * 0xBF58476D1CE4E5B9;
    // z = (z ^ z>>27) * 0x94D049BB133111EB; z ^ z>>31), all mod 2^64. Seed 0's first value
    // 0xE220A8397B1DCDAF is the widely published one.
    @Test func seedZeroMatchesReference() {
        var rng = SplitMix64(seed: 0)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC, 0x1B39_896A_51A8_749B])
    }

    @Test func seedFortyTwoMatchesReference() {
        var rng = SplitMix64(seed: 42)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394, 0x09BC_585A_2448_23F2])
    }

    @Test func deriveIsFinaliserOfSeedXorFnv1a() {
        // Python: mix(1 ^ fnv1a64(b"alexnet-fc6")), same transcription as above.
        #expect(SplitMix64.derive(seed: 1, label: "alexnet-fc6") == 0xC5F8_4606_B80E_D28C)
        // FNV-1a of "" is the offset basis, and the finaliser maps 0 to 0.
        #expect(SplitMix64.derive(seed: 0xCBF2_9CE4_8422_2325, label: "") == 0)
        #expect(SplitMix64.derive(seed: 1, label: "a") != SplitMix64.derive(seed: 1, label: "b"))
    }

    @Test func uniformUnitUsesTopFiftyThreeBits() {
        var rng = SplitMix64(seed: 0)
        let expected = Double(UInt64(0xE220_A839_7B1D_CDAF) >> 11) * 0x1p-53
        #expect(rng.uniformUnit() == expected)
        for _ in 0..<1000 {
            let x = rng.uniformUnit()
            #expect(x >= 0 && x < 1)
        }
    }

    @Test func uniformIntIsModuloOfOneWord() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect(a.uniformInt(below: 1000) == Int(b.next() % 1000))
        #expect(a.uniformInt(below: 1) == 0)
        #expect(a.uniformInt(below: 0) == 0)
        // Every bound-1 call still consumes a word, so the streams stay in step.
        _ = b.next()
        _ = b.next()
        #expect(a.next() == b.next())
        var seen = Set<Int>()
        for _ in 0..<2000 { seen.insert(a.uniformInt(below: 7)) }
        #expect(seen == Set(0..<7))
    }
}
