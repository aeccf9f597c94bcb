import Foundation

/// Fixed number formatting, so reports are byte-for-byte reproducible.
enum ReportNumber {
    /// `x` rounded to `digits` significant digits (the values stored in rows).
    static func rounded(_ x: Double, significant digits: Int = 6) -> Double {
        guard x.isFinite, x != 0 else { return x.isFinite ? 0 : x }
        return Double(String(format: "%.\(digits - 1)e", x)) ?? x
    }

    /// `x` with about four significant digits and no exponent: `12345`, `123.4`, `1.234`, `0.001234`.
    static func text(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let decimals = max(0, 3 - magnitude)
        return String(format: "%.\(decimals)f", x)
    }

    /// A ratio: `1.23x`.
    static func ratio(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        return String(format: x >= 100 ? "%.0fx" : (x >= 10 ? "%.1fx" : "%.2fx"), x)
    }

    /// A fraction as a percentage: `12.3%`.
    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    /// An integer with thousands separators: `1,234,567`.
    static func integer(_ x: Int) -> String {
        let digits = String(x.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return x < 0 ? "-" + out : out
    }

    /// The geometric mean of positive values (0 when empty).
    static func geometricMean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return exp(values.reduce(0) { $0 + log($1) } / Double(values.count))
    }
}
