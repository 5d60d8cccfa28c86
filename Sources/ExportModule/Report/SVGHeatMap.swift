import Foundation

/// A heat map as inline SVG, for the best time to post: rows × columns of cells coloured on a light-to-dark blue
/// ramp, each with its value written inside where it fits, empty cells grey and hatched, and a legend giving the
/// ramp's range and why cells are empty. Every text is laid out by `SVGText`, so none leaves the chart.
struct SVGHeatMap {
    /// The chart's least width, the narrowest a cell may be and a cell's height, in pixels.
    static let minimumWidth = 720.0, minimumCell = 36.0, cellHeight = 26.0
    /// The font size of row and column labels, of the values in the cells, and of the legend.
    static let labelSize = 11.0, valueSize = 9.0, legendSize = 12.0
    /// The widest a row label or a column label may be drawn, in pixels.
    static let rowLimit = 180.0, columnLimit = 160.0
    /// The ramp's ends: a light and a dark blue, as red, green and blue.
    static let light = (222.0, 235.0, 247.0), dark = (8.0, 48.0, 107.0)
    /// The swatches of the ramp in the legend.
    static let legendSteps = 5

    /// The rows' labels (such as weekday names), top to bottom.
    let rows: [String]
    /// The columns' labels (such as hours), left to right.
    let columns: [String]
    /// The cells: `values[row][column]`, nil (or not finite) for an empty cell; a short row is empty at its end.
    let values: [[Double?]]
    /// What the chart shows, for screen readers.
    let title: String
    /// Why a cell is empty, for the legend (such as "fewer than 5 posts").
    let emptyLabel: String
    /// The text of a value in a cell, its tooltip and the legend, such as `CellFormatter.percent` for rates.
    let valueText: (Double) -> String

    /// The value of a cell, nil when it is empty.
    func value(row: Int, column: Int) -> Double? {
        guard row < values.count, column < values[row].count, let value = values[row][column], value.isFinite
        else { return nil }
        return value
    }

    /// The lowest and highest value of the cells that have one.
    var range: (low: Double, high: Double)? {
        let present = rows.indices.flatMap { row in columns.indices.compactMap { value(row: row, column: $0) } }
        return present.min().map { ($0, present.max() ?? $0) }
    }

    /// Where a value lies on the ramp, from 0 (the lowest) to 1 (the highest, and every value when all are equal).
    func share(_ value: Double) -> Double {
        guard let range, range.high > range.low else { return 1 }
        return min(1, max(0, (value - range.low) / (range.high - range.low)))
    }

    /// The colour at a share of the ramp, as `#rrggbb`.
    static func colour(_ share: Double) -> String {
        let mix = { (from: Double, to: Double) in Int((from + (to - from) * min(1, max(0, share))).rounded()) }
        let parts = [mix(light.0, dark.0), mix(light.1, dark.1), mix(light.2, dark.2)]
        return "#" + parts.map { String(format: "%02x", $0) }.joined()
    }

    /// The chart as an `<svg>` element; every text from data is escaped.
    var svg: String {
        let rowLabels = rows.map { SVGText.fitted($0, width: SVGHeatMap.rowLimit, fontSize: SVGHeatMap.labelSize) }
        let columnLabels = columns.map {
            SVGText.fitted($0, width: SVGHeatMap.columnLimit, fontSize: SVGHeatMap.labelSize)
        }
        let widestRow = rowLabels.map { SVGText.width($0, fontSize: SVGHeatMap.labelSize) }.max() ?? 0
        let widestColumn = columnLabels.map { SVGText.width($0, fontSize: SVGHeatMap.labelSize) }.max() ?? 0
        let left = max(widestRow + 14, widestColumn / 2 + 4), right = max(8, widestColumn / 2 + 4)
        let width = max(SVGHeatMap.minimumWidth, left + right + Double(columns.count) * SVGHeatMap.minimumCell)
        let cell = columns.isEmpty ? 0 : (width - left - right) / Double(columns.count)
        let top = 8 + SVGHeatMap.labelSize + 6
        var body: [String] = []
        let every = cell > 0 ? Int(min(Double(columns.count), max(1, ((widestColumn + 6) / cell).rounded(.up)))) : 1
        for column in stride(from: 0, to: columns.count, by: every) {
            body.append(SVGText.element(columnLabels[column], x: left + (Double(column) + 0.5) * cell,
                                        y: 8 + SVGHeatMap.labelSize, fontSize: SVGHeatMap.labelSize, anchor: .middle,
                                        attributes: "fill=\"#555\"",
                                        tooltip: columnLabels[column] == columns[column] ? nil : columns[column]))
        }
        for (row, label) in rowLabels.enumerated() {
            let y = top + Double(row) * SVGHeatMap.cellHeight
            let baseline = y + SVGHeatMap.cellHeight / 2 + 0.35 * SVGHeatMap.labelSize
            body.append(SVGText.element(label, x: left - 8, y: baseline, fontSize: SVGHeatMap.labelSize, anchor: .end,
                                        attributes: "fill=\"#1d1d1f\"", tooltip: label == rows[row] ? nil : rows[row]))
            for column in columns.indices {
                body += cellParts(row: row, column: column, x: left + Double(column) * cell, y: y, width: cell)
            }
        }
        let gridBottom = top + Double(rows.count) * SVGHeatMap.cellHeight
        let legend = legendParts(top: gridBottom + 12, left: 8, width: width)
        body += legend.parts
        let head = SVGFrame.opening(kind: "heatmap", width: width, height: legend.bottom + 8, title: title,
                                    fontSize: SVGHeatMap.legendSize)
        return ([head] + body + ["</svg>"]).joined(separator: "\n")
    }

    /// One cell: a rectangle in the ramp's colour with the value written inside when it fits (white on dark cells),
    /// or a grey hatched rectangle when empty; its tooltip names the row, the column and the value.
    private func cellParts(row: Int, column: Int, x: Double, y: Double, width: Double) -> [String] {
        let height = SVGHeatMap.cellHeight
        let frame = "x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\""
        let place = rows[row] + " · " + columns[column]
        guard let value = value(row: row, column: column) else {
            let tip = HTMLText.escaped(place + ": " + emptyLabel)
            return ["<rect \(frame) fill=\"#f0f1f3\" stroke=\"#fff\"><title>\(tip)</title></rect>",
                    hatching(x: x, y: y, width: width, height: height)]
        }
        let text = valueText(value), share = share(value)
        var parts = ["<rect \(frame) fill=\"\(SVGHeatMap.colour(share))\" stroke=\"#fff\"><title>"
                     + HTMLText.escaped(place + ": " + text) + "</title></rect>"]
        if SVGText.width(text, fontSize: SVGHeatMap.valueSize) <= width - 4 {
            parts.append(SVGText.element(text, x: x + width / 2, y: y + height / 2 + 0.35 * SVGHeatMap.valueSize,
                                         fontSize: SVGHeatMap.valueSize, anchor: .middle,
                                         attributes: "fill=\"\(share > 0.5 ? "#fff" : "#1d1d1f")\""))
        }
        return parts
    }

    /// Diagonal grey lines 6 pixels apart across a rectangle, each cut at its edges, as one path.
    private func hatching(x: Double, y: Double, width: Double, height: Double) -> String {
        var path = "", offset = 6.0
        while offset < width + height {
            // The line u + v = offset, from its lower left end to its upper right end, v counted up from the bottom.
            let startU = max(0, offset - height), endU = min(width, offset)
            path += "M\(number(x + startU)) \(number(y + height - (offset - startU)))"
                + "L\(number(x + endU)) \(number(y + height - (offset - endU)))"
            offset += 6
        }
        return "<path d=\"\(path)\" stroke=\"#b6bac0\" stroke-width=\"1\" fill=\"none\"/>"
    }

    /// The legend: the lowest value's text, the ramp in swatches and the highest value's text on one row; below it
    /// a hatched swatch and why cells are empty, when some are. Returns the parts and the lowest pixel they reach.
    private func legendParts(top: Double, left: Double, width: Double) -> (parts: [String], bottom: Double) {
        let size = SVGHeatMap.legendSize, swatch = 24.0, swatchHeight = 12.0
        var parts: [String] = [], bottom = top
        if let range {
            let baseline = top + size
            let low = valueText(range.low), high = valueText(range.high)
            let rampLeft = left + SVGText.width(low, fontSize: size) + 6
            parts.append(SVGText.element(low, x: left, y: baseline, fontSize: size, attributes: "fill=\"#1d1d1f\""))
            for step in 0..<SVGHeatMap.legendSteps {
                let share = Double(step) / Double(SVGHeatMap.legendSteps - 1)
                parts.append("<rect x=\"\(number(rampLeft + Double(step) * swatch))\" y=\"\(number(baseline - 10))\" "
                             + "width=\"\(number(swatch))\" height=\"\(number(swatchHeight))\" "
                             + "fill=\"\(SVGHeatMap.colour(share))\"/>")
            }
            let highX = rampLeft + Double(SVGHeatMap.legendSteps) * swatch + 6
            parts.append(SVGText.fittedElement(high, width: width - 8 - highX, x: highX, y: baseline, fontSize: size,
                                               attributes: "fill=\"#1d1d1f\""))
            bottom = baseline + max(SVGText.descent * size, 2)
        }
        let hasEmpty = rows.indices.contains { row in columns.indices.contains { value(row: row, column: $0) == nil } }
        if hasEmpty {
            let baseline = bottom + 8 + size
            parts.append("<rect x=\"\(number(left))\" y=\"\(number(baseline - 10))\" width=\"\(number(swatch))\" "
                         + "height=\"\(number(swatchHeight))\" fill=\"#f0f1f3\"/>")
            parts.append(hatching(x: left, y: baseline - 10, width: swatch, height: swatchHeight))
            parts.append(SVGText.fittedElement(emptyLabel, width: width - 8 - (left + swatch + 6), x: left + swatch + 6,
                                               y: baseline, fontSize: size, attributes: "fill=\"#1d1d1f\""))
            bottom = baseline + SVGText.descent * size
        }
        return (parts, bottom)
    }

    /// A coordinate as SVG reads it.
    private func number(_ value: Double) -> String {
        SVGFrame.coordinate(value)
    }
}
