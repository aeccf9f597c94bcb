import Foundation

/// A hand-written SVG line chart, optionally with a shaded band: the claims' sensitivity charts
/// (each claimed ratio against PermDNN's weight SRAM per PE, one line per weight format and
/// baseline, the claimed range as the band) and the schemes' charts (energy efficiency against
/// projection error, one line per scheme through its sparsities).
struct SVGLineChart {
    /// One line: its name in the legend, its colour index and whether it is dashed.
    struct Series {
        var name: String
        var color: Int
        var dashed: Bool
        /// One value per x.
        var values: [Double]
        /// The line's own x values (points joined in order); nil: the chart's `x`.
        var x: [Double]? = nil
    }

    var title: String
    var xLabel: String
    var yLabel: String
    /// The x values every line shares, labelled on the axis; empty when each line has its own
    /// (the axis then runs from 0 with round ticks).
    var x: [Double]
    var series: [Series]
    /// The band drawn behind the lines (a single line when both ends are equal) and its legend.
    var band: (low: Double, high: Double, label: String)?

    func render() -> String {
        let width = 960.0, height = 460.0
        let left = 80.0, right = 230.0, top = 48.0, bottom = 60.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let axis = ValueAxis(series.flatMap(\.values) + (band.map { [$0.low, $0.high] } ?? []), logThreshold: SVGChart.logThreshold)
        func y(_ value: Double) -> Double { top + plotHeight * (1 - axis.fraction(value)) }
        let xAxis = x.isEmpty ? ValueAxis(series.flatMap { $0.x ?? [] }, logThreshold: .infinity) : nil
        let xLow = xAxis?.low ?? x.min() ?? 0, xHigh = xAxis?.high ?? x.max() ?? 1
        func px(_ value: Double) -> Double { left + plotWidth * (xHigh > xLow ? (value - xLow) / (xHigh - xLow) : 0.5) }
        let f = SVGText.number, escape = SVGText.escape
        var svg: [String] = []
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append("<text x=\"\(f(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">\(escape(title))</text>")
        for tick in axis.ticks {
            let ty = y(tick)
            svg.append("<line x1=\"\(f(left))\" y1=\"\(f(ty))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(ty))\" stroke=\"#dddddd\"/>")
            svg.append("<text x=\"\(f(left - 6))\" y=\"\(f(ty + 4))\" text-anchor=\"end\">\(escape(ReportNumber.text(tick)))</text>")
        }
        for value in xAxis?.ticks ?? x {
            let text = value == value.rounded() ? "\(Int(value))" : ReportNumber.text(value)
            svg.append("<text x=\"\(f(px(value)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(escape(text))</text>")
        }
        let bandColor = "#999999"
        if let band {
            if band.high > band.low {
                svg.append("<rect x=\"\(f(left))\" y=\"\(f(y(band.high)))\" width=\"\(f(plotWidth))\" height=\"\(f(y(band.low) - y(band.high)))\" fill=\"\(bandColor)\" fill-opacity=\"0.25\"><title>\(escape(band.label))</title></rect>")
            } else {
                svg.append("<line x1=\"\(f(left))\" y1=\"\(f(y(band.low)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(band.low)))\" stroke=\"\(bandColor)\" stroke-width=\"6\" stroke-opacity=\"0.4\"><title>\(escape(band.label))</title></line>")
            }
        }
        for line in series {
            let color = SVGChart.palette[line.color % SVGChart.palette.count]
            let lineX = line.x ?? x
            let points = zip(lineX, line.values).map { "\(f(px($0))),\(f(y($1)))" }.joined(separator: " ")
            svg.append("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(line.dashed ? " stroke-dasharray=\"6 4\"" : "")><title>\(escape(line.name))</title></polyline>")
            for (value, ratio) in zip(lineX, line.values) {
                let text = line.x == nil ? "\(line.name), \(ReportNumber.text(value)): \(ReportNumber.ratio(ratio))" : "\(line.name): \(ReportNumber.text(value)), \(ReportNumber.text(ratio))"
                svg.append("<circle cx=\"\(f(px(value)))\" cy=\"\(f(y(ratio)))\" r=\"3\" fill=\"\(color)\"><title>\(escape(text))</title></circle>")
            }
        }
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\" stroke=\"#000000\"/>")
        svg.append("<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#000000\"/>")
        svg.append("<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 16))\" text-anchor=\"middle\">\(escape(xLabel))</text>")
        let axisText = yLabel + (axis.isLog ? " (log scale)" : "")
        svg.append("<text x=\"18\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f(top + plotHeight / 2)))\">\(escape(axisText))</text>")
        let lx = left + plotWidth + 16
        for (index, line) in series.enumerated() {
            let ly = top + 10 + Double(index) * 20
            let color = SVGChart.palette[line.color % SVGChart.palette.count]
            svg.append("<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 24))\" y2=\"\(f(ly - 4))\" stroke=\"\(color)\" stroke-width=\"2\"\(line.dashed ? " stroke-dasharray=\"6 4\"" : "")/>")
            svg.append("<text x=\"\(f(lx + 30))\" y=\"\(f(ly))\">\(escape(line.name))</text>")
        }
        if let band {
            let bandY = top + 10 + Double(series.count) * 20
            svg.append("<rect x=\"\(f(lx))\" y=\"\(f(bandY - 10))\" width=\"24\" height=\"12\" fill=\"\(bandColor)\" fill-opacity=\"0.4\"/>")
            svg.append("<text x=\"\(f(lx + 30))\" y=\"\(f(bandY))\">\(escape(band.label))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
