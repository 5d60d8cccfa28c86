import Foundation

/// A kite (radar) chart as inline SVG: one axis per culture type, clockwise from the top, with the profile now as a
/// filled kite and the preferred profile as a dashed outline.
struct KiteChart {
    /// The centre of the chart and the length of an axis, in pixels.
    static let centerX = 230.0, centerY = 200.0, radius = 140.0
    /// The chart's size in pixels.
    static let width = 460.0, height = 430.0
    /// The fewest axes that make a kite; with fewer the profile is shown as a table only.
    static let minimumAxes = 3
    /// The most characters of an axis label that fit beside the chart.
    static let labelLimit = 16

    /// The axes' labels (the culture types), clockwise from the top.
    let axes: [String]
    /// The scores now and preferred, one per axis.
    let now: [Double], preferred: [Double]
    /// The legend's words for the two profiles and the chart's title.
    let nowLabel: String, preferredLabel: String, title: String

    /// The value at an axis' end: the largest score rounded up to a multiple of 10 (at least 10).
    var scale: Double {
        let largest = (now + preferred).filter(\.isFinite).max() ?? 0
        return max(10, (largest / 10).rounded(.up) * 10)
    }

    /// The direction of an axis in radians: the first points up, the others follow clockwise.
    func angle(axis: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(axes.count)
    }

    /// Where a value lies on an axis; values outside 0…scale are clamped to it.
    func point(axis: Int, value: Double) -> (x: Double, y: Double) {
        let direction = angle(axis: axis)
        let length = KiteChart.radius * min(1, max(0, value.isFinite ? value / scale : 0))
        return (KiteChart.centerX + length * cos(direction), KiteChart.centerY + length * sin(direction))
    }

    /// The chart as an `<svg>` element; labels and the title are escaped.
    var svg: String {
        var parts = ["<svg class=\"chart kite\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(number(KiteChart.width))\" height=\"\(number(KiteChart.height))\" viewBox=\"0 0 \(number(KiteChart.width)) \(number(KiteChart.height))\">",
                     "<title>\(HTMLText.escaped(title))</title>"]
        for step in 1...4 {
            let value = scale * Double(step) / 4
            parts.append("<polygon class=\"grid\" points=\"\(outline(Array(repeating: value, count: axes.count)))\"/>")
            let mark = point(axis: 0, value: value)
            parts.append("<text class=\"tick\" x=\"\(number(mark.x + 4))\" y=\"\(number(mark.y - 2))\">\(number(value, places: 0))</text>")
        }
        for (index, label) in axes.enumerated() {
            let end = point(axis: index, value: scale)
            parts.append("<line class=\"axis\" x1=\"\(number(KiteChart.centerX))\" y1=\"\(number(KiteChart.centerY))\" x2=\"\(number(end.x))\" y2=\"\(number(end.y))\"/>")
            let direction = angle(axis: index)
            let anchor = cos(direction) > 0.3 ? "start" : (cos(direction) < -0.3 ? "end" : "middle")
            let x = KiteChart.centerX + (KiteChart.radius + 12) * cos(direction)
            let y = KiteChart.centerY + (KiteChart.radius + 12) * sin(direction)
                + (sin(direction) > 0.3 ? 12 : (sin(direction) < -0.3 ? -4 : 4))
            parts.append("<text class=\"label\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">\(ChartLabel.content(label, limit: KiteChart.labelLimit))</text>")
        }
        parts.append("<polygon class=\"now\" points=\"\(outline(now))\"/>")
        parts.append("<polygon class=\"preferred\" points=\"\(outline(preferred))\"/>")
        let legend = KiteChart.height - 20
        parts.append("<rect class=\"now\" x=\"20\" y=\"\(number(legend - 10))\" width=\"14\" height=\"10\"/>")
        parts.append("<text class=\"legend\" x=\"40\" y=\"\(number(legend))\">\(HTMLText.escaped(nowLabel))</text>")
        parts.append("<line class=\"preferred\" x1=\"180\" y1=\"\(number(legend - 5))\" x2=\"200\" y2=\"\(number(legend - 5))\"/>")
        parts.append("<text class=\"legend\" x=\"206\" y=\"\(number(legend))\">\(HTMLText.escaped(preferredLabel))</text>")
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The `points` of a polygon through one value per axis.
    private func outline(_ values: [Double]) -> String {
        values.indices.map { index in
            let spot = point(axis: index, value: values[index])
            return "\(number(spot.x)),\(number(spot.y))"
        }.joined(separator: " ")
    }

    /// A coordinate as SVG reads it.
    private func number(_ value: Double, places: Int = 1) -> String {
        String(format: "%.\(places)f", value)
    }
}
