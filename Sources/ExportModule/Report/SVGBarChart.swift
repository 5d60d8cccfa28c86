import Foundation
import RapportCore

/// A horizontal bar chart as inline SVG: one bar per label, its interval drawn as a whisker with end caps.
struct SVGBarChart {
    /// The chart's width in pixels.
    static let width = 640.0
    /// The height of one bar's row in pixels.
    static let rowHeight = 28.0
    /// The width reserved for labels and for captions, in pixels.
    static let labelWidth = 150.0, captionWidth = 190.0
    /// The most characters of a label that fit its width.
    static let labelLimit = 22

    /// The bars, top to bottom.
    let bars: [BarChart.Bar]
    /// What the chart shows, for screen readers.
    let title: String

    /// The largest value drawn: the longest bar or the highest interval end, at least a tiny positive number.
    var top: Double {
        max(bars.map { max($0.value, $0.high ?? $0.value) }.max() ?? 0, .leastNormalMagnitude)
    }

    /// The horizontal pixel position of a value (negative values at the axis).
    func x(_ value: Double) -> Double {
        SVGBarChart.labelWidth + max(0, value) / top * (SVGBarChart.width - SVGBarChart.labelWidth - SVGBarChart.captionWidth)
    }

    /// The chart as an `<svg>` element; labels, captions and the title are escaped.
    var svg: String {
        let height = Double(bars.count) * SVGBarChart.rowHeight + 8
        var parts = ["<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(number(SVGBarChart.width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(SVGBarChart.width)) \(number(height))\">",
                     "<title>\(HTMLText.escaped(title))</title>"]
        for (index, bar) in bars.enumerated() {
            let rowTop = 4 + Double(index) * SVGBarChart.rowHeight, middle = rowTop + SVGBarChart.rowHeight / 2
            parts.append("<text class=\"label\" x=\"\(number(SVGBarChart.labelWidth - 8))\" y=\"\(number(middle + 4))\" text-anchor=\"end\">\(ChartLabel.content(bar.label, limit: SVGBarChart.labelLimit))</text>")
            parts.append("<rect class=\"bar\" x=\"\(number(SVGBarChart.labelWidth))\" y=\"\(number(rowTop + 5))\" width=\"\(number(x(bar.value) - SVGBarChart.labelWidth))\" height=\"\(number(SVGBarChart.rowHeight - 10))\"/>")
            if let low = bar.low, let high = bar.high {
                let left = number(x(low)), right = number(x(high))
                parts.append("<path class=\"interval\" d=\"M\(left) \(number(middle))H\(right)M\(left) \(number(middle - 6))V\(number(middle + 6))M\(right) \(number(middle - 6))V\(number(middle + 6))\"/>")
            }
            parts.append("<text class=\"caption\" x=\"\(number(SVGBarChart.width - SVGBarChart.captionWidth + 8))\" y=\"\(number(middle + 4))\">\(HTMLText.escaped(bar.caption))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal, as SVG reads it.
    private func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
