import Foundation

/// A hand-written SVG bar chart: one group of bars per layer, one bar per design, a legend, axis
/// labels, and a log axis when the values span more than `logThreshold`.
struct SVGChart {
    var title: String
    var axisLabel: String
    /// Layer names, left to right.
    var groups: [String]
    /// Design names, in legend order.
    var series: [String]
    /// `values[series][group]`.
    var values: [[Double]]

    /// Largest max/min ratio drawn on a linear axis.
    static let logThreshold = 20.0
    static let palette = ["#1b6ca8", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#3d3d3d"]

    var isLog: Bool { ValueAxis(values.flatMap { $0 }, logThreshold: Self.logThreshold).isLog }

    func render() -> String {
        let width = 960.0, height = 460.0
        let left = 80.0, right = 150.0, top = 48.0, bottom = 110.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let axis = ValueAxis(values.flatMap { $0 }, logThreshold: Self.logThreshold)
        let log = axis.isLog
        let ticks = axis.ticks
        func y(_ value: Double) -> Double { top + plotHeight * (1 - axis.fraction(value)) }
        var svg: [String] = []
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append("<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">\(escape(title))</text>")
        for tick in ticks {
            let ty = y(tick)
            svg.append("<line x1=\"\(f(left))\" y1=\"\(f(ty))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(ty))\" stroke=\"#dddddd\"/>")
            svg.append("<text x=\"\(f(left - 6))\" y=\"\(f(ty + 4))\" text-anchor=\"end\">\(escape(ReportNumber.text(tick)))</text>")
        }
        let groupWidth = plotWidth / Double(max(groups.count, 1))
        let barWidth = groupWidth * 0.8 / Double(max(series.count, 1))
        for (groupIndex, group) in groups.enumerated() {
            let x0 = left + Double(groupIndex) * groupWidth + groupWidth * 0.1
            for (seriesIndex, name) in series.enumerated() {
                let value = values[seriesIndex][groupIndex]
                let barTop = y(value)
                let bottomY = top + plotHeight
                let x = x0 + Double(seriesIndex) * barWidth
                svg.append("<rect x=\"\(f(x))\" y=\"\(f(barTop))\" width=\"\(f(barWidth))\" height=\"\(f(bottomY - barTop))\" fill=\"\(Self.palette[seriesIndex % Self.palette.count])\"><title>\(escape("\(name), \(group): \(ReportNumber.text(value))"))</title></rect>")
            }
            let labelX = x0 + groupWidth * 0.4
            let labelY = top + plotHeight + 12
            svg.append("<text x=\"\(f(labelX))\" y=\"\(f(labelY))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(labelX)) \(f(labelY)))\">\(escape(group))</text>")
        }
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\" stroke=\"#000000\"/>")
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#000000\"/>")
        let axisText = axisLabel + (log ? " (log scale)" : "")
        svg.append("<text x=\"18\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f(top + plotHeight / 2)))\">\(escape(axisText))</text>")
        for (index, name) in series.enumerated() {
            let ly = top + 10 + Double(index) * 20
            let lx = left + plotWidth + 16
            svg.append("<rect x=\"\(f(lx))\" y=\"\(f(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(Self.palette[index % Self.palette.count])\"/>")
            svg.append("<text x=\"\(f(lx + 18))\" y=\"\(f(ly))\">\(escape(name))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private func f(_ x: Double) -> String { SVGText.number(x) }
    private func escape(_ text: String) -> String { SVGText.escape(text) }
}

/// What the hand-written SVG charts share: coordinates with one decimal, escaped text.
enum SVGText {
    static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// A chart's value axis: linear from 0, or logarithmic over whole decades when the positive
/// values span more than `logThreshold` (max / min); ticks at round values.
struct ValueAxis {
    let isLog: Bool
    let low: Double
    let high: Double
    let ticks: [Double]

    init(_ values: [Double], logThreshold: Double) {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        let smallest = positive.min(), largest = positive.max()
        isLog = smallest.flatMap { low in largest.map { $0 / low > logThreshold } } ?? false
        if isLog {
            let lowExponent = Int(floor(log10(smallest ?? 1)))
            let highExponent = max(lowExponent + 1, Int(ceil(log10(largest ?? 10))))
            low = pow(10, Double(lowExponent))
            high = pow(10, Double(highExponent))
            ticks = (lowExponent...highExponent).map { pow(10, Double($0)) }
        } else {
            let maximum = max(largest ?? 1, 1e-12)
            let step = Self.niceStep(maximum / 5)
            low = 0
            high = ceil(maximum / step) * step
            ticks = stride(from: 0.0, through: high + step / 2, by: step).map { $0 }
        }
    }

    /// Where `value` sits between the axis ends, clamped to 0...1.
    func fraction(_ value: Double) -> Double {
        let fraction = isLog ? (value > 0 ? (log10(value) - log10(low)) / (log10(high) - log10(low)) : 0) : (value - low) / (high - low)
        return min(max(fraction, 0), 1)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let power = pow(10, floor(log10(raw)))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= raw { return multiple * power }
        return 10 * power
    }
}
