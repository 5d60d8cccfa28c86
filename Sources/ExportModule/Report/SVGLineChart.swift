import Foundation
import RapportCore

/// A line chart as inline SVG, for trends and growth: one line per series over the periods (a gap where a period has
/// no value), the value axis marked at round values in the caller's format (rates as %), period labels thinned so
/// they never overlap, and a legend. Every text is laid out by `SVGText`, so none leaves the chart.
struct SVGLineChart {
    /// The chart's width and the plot area's height in pixels.
    static let width = 720.0, plotHeight = 220.0
    /// The font size of axis labels and of the legend.
    static let tickSize = 11.0, legendSize = 12.0
    /// The widest a period label or a series name may be drawn, in pixels.
    static let periodLimit = 160.0
    /// The most periods whose points are marked with a dot (a point without neighbours always is).
    static let markedPeriods = 40
    /// The lines' colours in series order: Okabe and Ito's, which people with colour blindness tell apart.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// The lines' dash patterns in series order, so lines differ without colour too.
    static let dashes = ["", "6 3", "2 3", "8 3 2 3"]

    /// The labels of the periods, in order.
    let periods: [String]
    /// The lines; `values[i]` belongs to `periods[i]`.
    let series: [LineChart.Series]
    /// What the chart shows, for screen readers.
    let title: String
    /// The text of a value on the axis and in the tooltips, such as `CellFormatter.percent` for rates.
    let valueText: (Double) -> String

    /// The values per series, one per period: nil for a gap, a value that is not finite or one beyond the periods.
    var values: [[Double?]] {
        series.map { line in
            periods.indices.map { index in
                guard index < line.values.count, let value = line.values[index], value.isFinite else { return nil }
                return value
            }
        }
    }

    /// The values the value axis is marked at: the most of 6 down to 2 round ticks whose texts all differ.
    var ticks: [Double] {
        let present = values.joined().compactMap { $0 }
        let low = present.min() ?? 0, high = present.max() ?? 1
        let candidates = (2...6).reversed().map { AxisTicks.covering(low: low, high: high, count: $0) }
        return candidates.first { Set($0.map(valueText)).count == $0.count } ?? candidates.last ?? [0, 1]
    }

    /// The chart as an `<svg>` element; every text from data is escaped.
    var svg: String {
        let ticks = self.ticks
        let tickLabels = ticks.map(valueText)
        let periodLabels = periods.map {
            SVGText.fitted($0, width: SVGLineChart.periodLimit, fontSize: SVGLineChart.tickSize)
        }
        let widestPeriod = periodLabels.map { SVGText.width($0, fontSize: SVGLineChart.tickSize) }.max() ?? 0
        let widestTick = tickLabels.map { SVGText.width($0, fontSize: SVGLineChart.tickSize) }.max() ?? 0
        let left = max(widestTick + 12, widestPeriod / 2 + 4), right = max(16, widestPeriod / 2 + 4)
        let top = 14.0, bottom = top + SVGLineChart.plotHeight
        let plot = Plot(left: left, right: SVGLineChart.width - right, top: top, bottom: bottom,
                        low: ticks.first ?? 0, high: ticks.last ?? 1, periods: periods.count)
        var body: [String] = []
        for (tick, label) in zip(ticks, tickLabels) {
            let y = plot.y(tick)
            body.append("<line x1=\"\(number(plot.left))\" y1=\"\(number(y))\" x2=\"\(number(plot.right))\" "
                        + "y2=\"\(number(y))\" stroke=\"#e1e4e8\"/>")
            body.append(SVGText.element(label, x: plot.left - 8, y: y + 0.35 * SVGLineChart.tickSize,
                                        fontSize: SVGLineChart.tickSize, anchor: .end, attributes: "fill=\"#555\""))
        }
        body.append("<path d=\"M\(number(plot.left)) \(number(top))V\(number(bottom))H\(number(plot.right))\" "
                    + "fill=\"none\" stroke=\"#a0a6ad\"/>")
        let labelBaseline = bottom + 8 + SVGLineChart.tickSize
        for index in shownPeriods(widest: widestPeriod, plot: plot) {
            body.append(SVGText.element(periodLabels[index], x: plot.x(index), y: labelBaseline,
                                        fontSize: SVGLineChart.tickSize, anchor: .middle,
                                        attributes: "fill=\"#555\"", tooltip: periodLabels[index] == periods[index]
                                            ? nil : periods[index]))
        }
        for (index, line) in values.enumerated() { body += lines(line, series: index, plot: plot) }
        let legend = legendRows(top: labelBaseline + 12)
        body += legend.parts
        let height = legend.bottom + 8
        let head = SVGFrame.opening(kind: "lines", width: SVGLineChart.width, height: height, title: title,
                                    fontSize: SVGLineChart.legendSize)
        return ([head] + body + ["</svg>"]).joined(separator: "\n")
    }

    /// The periods whose labels are written: every k-th from the first, k the fewest periods whose spacing holds the
    /// widest label and a blank, and the last as well when it keeps that distance from the one before.
    private func shownPeriods(widest: Double, plot: Plot) -> [Int] {
        guard periods.count > 1 else { return periods.indices.map { $0 } }
        let spacing = plot.x(1) - plot.x(0)
        let every = Int(min(Double(periods.count), max(1, ((widest + 8) / spacing).rounded(.up))))
        var shown = Array(stride(from: 0, to: periods.count, by: every))
        if let last = shown.last, last != periods.count - 1, Double(periods.count - 1 - last) * spacing >= widest + 8 {
            shown.append(periods.count - 1)
        }
        return shown
    }

    /// The SVG of one series: a path through its values, broken at gaps, and a dot with a tooltip at each point when
    /// there are few periods (and at every point without neighbours).
    private func lines(_ line: [Double?], series index: Int, plot: Plot) -> [String] {
        let colour = SVGLineChart.colours[index % SVGLineChart.colours.count]
        let dash = SVGLineChart.dashes[index % SVGLineChart.dashes.count]
        var path = "", parts: [String] = []
        for (period, value) in line.enumerated() {
            guard let value else { continue }
            let x = number(plot.x(period)), y = number(plot.y(value))
            let joined = period > 0 && line[period - 1] != nil
            path += (joined ? "L" : "M") + "\(x) \(y)"
            let alone = !joined && (period + 1 >= line.count || line[period + 1] == nil)
            if alone || periods.count <= SVGLineChart.markedPeriods {
                let tip = HTMLText.escaped(series[index].name + " · " + periods[period] + ": " + valueText(value))
                parts.append("<circle cx=\"\(x)\" cy=\"\(y)\" r=\"3\" fill=\"\(colour)\"><title>\(tip)</title>"
                             + "</circle>")
            }
        }
        let pattern = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
        guard !path.isEmpty else { return parts }
        return ["<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(pattern)/>"] + parts
    }

    /// The legend: one entry per series (a stroke in its colour and dashes, then its name), in rows that fit the
    /// chart's width; names are cut to fit. Returns the parts and the lowest pixel they reach.
    private func legendRows(top: Double) -> (parts: [String], bottom: Double) {
        let size = SVGLineChart.legendSize, rowHeight = 20.0, margin = 8.0, swatch = 22.0
        let nameRoom = SVGLineChart.width - 2 * margin - swatch - 6
        var parts: [String] = [], x = margin, baseline = top + size
        for (index, line) in series.enumerated() where !line.name.isEmpty {
            let name = SVGText.fitted(line.name, width: nameRoom, fontSize: size)
            let entry = swatch + 6 + SVGText.width(name, fontSize: size)
            if x > margin, x + entry > SVGLineChart.width - margin {
                x = margin
                baseline += rowHeight
            }
            let colour = SVGLineChart.colours[index % SVGLineChart.colours.count]
            let dash = SVGLineChart.dashes[index % SVGLineChart.dashes.count]
            parts.append("<line x1=\"\(number(x))\" y1=\"\(number(baseline - 4))\" x2=\"\(number(x + swatch))\" "
                         + "y2=\"\(number(baseline - 4))\" stroke=\"\(colour)\" stroke-width=\"2\""
                         + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
            parts.append(SVGText.element(name, x: x + swatch + 6, y: baseline, fontSize: size,
                                         attributes: "fill=\"#1d1d1f\"", tooltip: name == line.name ? nil : line.name))
            x += entry + 16
        }
        return (parts, parts.isEmpty ? top : baseline + SVGText.descent * size)
    }

    /// A coordinate as SVG reads it.
    private func number(_ value: Double) -> String {
        SVGFrame.coordinate(value)
    }
}

/// Where a line chart's values go: the plot area's edges in pixels, the value range its height spans and the count of
/// periods spread evenly across its width.
private struct Plot {
    /// The plot area's edges.
    let left: Double, right: Double, top: Double, bottom: Double
    /// The values at the bottom and the top edge.
    let low: Double, high: Double
    /// How many periods share the width.
    let periods: Int

    /// The horizontal position of a period: the first at the left edge, the last at the right, one alone in the middle.
    func x(_ period: Int) -> Double {
        periods > 1 ? left + Double(period) * (right - left) / Double(periods - 1) : (left + right) / 2
    }

    /// The vertical position of a value.
    func y(_ value: Double) -> Double {
        high > low ? bottom - (value - low) / (high - low) * (bottom - top) : (top + bottom) / 2
    }
}
