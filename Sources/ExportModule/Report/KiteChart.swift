import Foundation

/// A kite (radar) chart as inline SVG: one axis per culture type, clockwise from the top, with the profile now as a
/// filled kite and the preferred profile as a dashed outline.
struct KiteChart {
    /// The centre of the chart and the length of an axis, in pixels.
    static let centerX = 320.0, centerY = 200.0, radius = 140.0
    /// The chart's size in pixels: 168 px beside the kite on each side for the labels of the types.
    static let width = 640.0, height = 430.0
    /// The fewest axes that make a kite; with fewer the profile is shown as a table only.
    static let minimumAxes = 3
    /// The font size of labels and the legend, and the blank kept from the chart's edge, in pixels.
    static let fontSize = 12.0, margin = 6.0

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
        var parts = [SVGFrame.opening(kind: "kite", width: KiteChart.width, height: KiteChart.height, title: title,
                                      fontSize: KiteChart.fontSize)]
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
            let anchor: SVGText.Anchor = cos(direction) > 0.3 ? .start : (cos(direction) < -0.3 ? .end : .middle)
            let x = KiteChart.centerX + (KiteChart.radius + 12) * cos(direction)
            let y = KiteChart.centerY + (KiteChart.radius + 12) * sin(direction)
                + (sin(direction) > 0.3 ? 12 : (sin(direction) < -0.3 ? -4 : 4))
            parts.append(SVGText.fittedElement(label, width: room(x: x, anchor: anchor), x: x, y: y,
                                               fontSize: KiteChart.fontSize, anchor: anchor,
                                               attributes: "class=\"label\""))
        }
        parts.append("<polygon class=\"now\" points=\"\(outline(now))\"/>")
        parts.append("<polygon class=\"preferred\" points=\"\(outline(preferred))\"/>")
        let legend = KiteChart.height - 20
        parts.append("<rect class=\"now\" x=\"20\" y=\"\(number(legend - 10))\" width=\"14\" height=\"10\"/>")
        let now = SVGText.fitted(nowLabel, width: KiteChart.width / 2 - 40, fontSize: KiteChart.fontSize)
        parts.append(SVGText.element(now, x: 40, y: legend, fontSize: KiteChart.fontSize,
                                     attributes: "class=\"legend\"", tooltip: now == nowLabel ? nil : nowLabel))
        let line = 40 + SVGText.width(now, fontSize: KiteChart.fontSize) + 20
        parts.append("<line class=\"preferred\" x1=\"\(number(line))\" y1=\"\(number(legend - 5))\" "
                     + "x2=\"\(number(line + 20))\" y2=\"\(number(legend - 5))\"/>")
        parts.append(SVGText.fittedElement(preferredLabel, width: room(x: line + 26, anchor: .start), x: line + 26,
                                           y: legend, fontSize: KiteChart.fontSize, attributes: "class=\"legend\""))
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The width a text written at x with an anchor may take before it reaches the chart's edge (less a margin).
    private func room(x: Double, anchor: SVGText.Anchor) -> Double {
        switch anchor {
        case .start: return KiteChart.width - KiteChart.margin - x
        case .end: return x - KiteChart.margin
        case .middle: return 2 * (min(x, KiteChart.width - x) - KiteChart.margin)
        }
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
