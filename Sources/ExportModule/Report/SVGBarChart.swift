import Foundation
import RapportCore

/// A horizontal bar chart as inline SVG: one bar per label, its interval drawn as a whisker with end caps. The label
/// and caption areas are as wide as `SVGText` says their texts are, so a caption (`n = 1,195`) is never cut; labels
/// longer than `labelLimit` pixels are cut with `…` and keep their whole text as a tooltip.
struct SVGBarChart {
    /// The chart's least width in pixels; it grows so the plot area keeps `plotMinimum` beside long captions.
    static let minimumWidth = 640.0, plotMinimum = 200.0
    /// The height of one bar's row in pixels.
    static let rowHeight = 28.0
    /// The font size of labels and captions, and the blank kept between a text and the bar or the chart's edge.
    static let fontSize = 12.0, gap = 8.0
    /// The widest a label may be drawn, in pixels.
    static let labelLimit = 220.0

    /// The bars, top to bottom.
    let bars: [BarChart.Bar]
    /// What the chart shows, for screen readers.
    let title: String

    /// The width of the labels' area: the widest label (at most `labelLimit`) and a gap either side.
    var labelWidth: Double {
        min(SVGBarChart.labelLimit, bars.map { SVGText.width($0.label, fontSize: SVGBarChart.fontSize) }.max() ?? 0)
            + 2 * SVGBarChart.gap
    }

    /// The width of the captions' area: the widest caption and a gap either side.
    var captionWidth: Double {
        (bars.map { SVGText.width($0.caption, fontSize: SVGBarChart.fontSize) }.max() ?? 0) + 2 * SVGBarChart.gap
    }

    /// The chart's width: at least `minimumWidth`, more when labels and captions leave the bars under `plotMinimum`.
    var width: Double {
        max(SVGBarChart.minimumWidth, labelWidth + captionWidth + SVGBarChart.plotMinimum)
    }

    /// The largest value drawn: the longest bar or the highest interval end, at least a tiny positive number.
    var top: Double {
        max(bars.map { max($0.value, $0.high ?? $0.value) }.max() ?? 0, .leastNormalMagnitude)
    }

    /// The horizontal pixel position of a value (negative values at the axis).
    func x(_ value: Double) -> Double {
        labelWidth + max(0, value) / top * (width - labelWidth - captionWidth)
    }

    /// The chart as an `<svg>` element; labels, captions and the title are escaped.
    var svg: String {
        let height = Double(bars.count) * SVGBarChart.rowHeight + 8
        let size = SVGBarChart.fontSize, labelArea = labelWidth, plotEnd = width - captionWidth
        var parts = [SVGFrame.opening(kind: "bars", width: width, height: height, title: title, fontSize: size)]
        for (index, bar) in bars.enumerated() {
            let rowTop = 4 + Double(index) * SVGBarChart.rowHeight, middle = rowTop + SVGBarChart.rowHeight / 2
            parts.append(SVGText.fittedElement(bar.label, width: SVGBarChart.labelLimit,
                                               x: labelArea - SVGBarChart.gap, y: middle + 4, fontSize: size,
                                               anchor: .end, attributes: "class=\"label\""))
            parts.append("<rect class=\"bar\" x=\"\(number(labelArea))\" y=\"\(number(rowTop + 5))\" "
                         + "width=\"\(number(x(bar.value) - labelArea))\" "
                         + "height=\"\(number(SVGBarChart.rowHeight - 10))\"/>")
            if let low = bar.low, let high = bar.high {
                let left = number(x(low)), right = number(x(high))
                let capTop = number(middle - 6), capBottom = number(middle + 6)
                parts.append("<path class=\"interval\" d=\"M\(left) \(number(middle))H\(right)"
                             + "M\(left) \(capTop)V\(capBottom)M\(right) \(capTop)V\(capBottom)\"/>")
            }
            parts.append(SVGText.element(bar.caption, x: plotEnd + SVGBarChart.gap, y: middle + 4, fontSize: size,
                                         attributes: "class=\"caption\""))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A coordinate as SVG reads it.
    private func number(_ value: Double) -> String {
        SVGFrame.coordinate(value)
    }
}
