/// A line chart for the terminal: series over ordered periods, the value range on the y axis and the first and last
/// period on the x axis. One series is drawn in braille dots (2 × 4 per character) when Unicode may be used; several
/// series, or a terminal without UTF-8, get one ASCII mark per series (`*`, `o`, `+`, …) and a legend.
public struct LineChart {
    /// One line of the chart: its name (for the legend) and one value per period, nil where the period has none.
    public struct Series {
        /// The name the legend gives the line.
        public let name: String
        /// The value of each period, in the order of the periods; nil (or a value that is not finite) is a gap.
        public let values: [Double?]

        /// A series from its name and values.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The marks of the series when they are drawn with one character per point, in the order of the series.
    public static let marks: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

    /// Whether braille dots and box-drawing characters may be used (else plain ASCII).
    public let unicode: Bool
    /// The width whole lines should fit, in columns; the plot area keeps 10 columns at least.
    public let width: Int
    /// The rows of the plot area, 2 at least.
    public let height: Int
    /// The text of a value on the y axis, such as `CellFormatter.percent` for rates.
    public let valueText: (Double) -> String

    /// A chart whose lines fit `width` columns, with a plot area `height` rows high and values written by `valueText`.
    public init(unicode: Bool, width: Int, height: Int = 8, valueText: @escaping (Double) -> String) {
        self.unicode = unicode
        self.width = width
        self.height = max(2, height)
        self.valueText = valueText
    }

    /// The chart's lines: the title if given, one line per row of the plot area (the highest value's text at the
    /// top row, the lowest's at the bottom), the x axis, the first and last period, and a legend for several series.
    /// Values beyond the periods are ignored; without any value the plot area stays blank.
    public func lines(periods: [String], series: [Series], title: String? = nil) -> [String] {
        let shown: (String) -> String = { unicode ? $0 : TextMarks.ascii($0) }
        let values = series.map { line in
            periods.indices.map { index in index < line.values.count ? line.values[index].flatMap(finite) : nil }
        }
        let present = values.flatMap { $0.compactMap { $0 } }
        let range = present.min().map { (bottom: $0, top: present.max() ?? $0) }
        var rowLabels = Array(repeating: "", count: height)
        if let range {
            if range.top > range.bottom {
                rowLabels[0] = shown(valueText(range.top))
                rowLabels[height - 1] = shown(valueText(range.bottom))
            } else {
                rowLabels[height / 2] = shown(valueText(range.top))
            }
        }
        let labelWidth = rowLabels.map(ChartText.columns).max() ?? 0
        let plotColumns = max(10, width - labelWidth - 2)
        let plot = PlotArea(columns: plotColumns, rows: height, braille: unicode && series.count == 1)
        let drawn = values.map { plot.pixels(of: $0, range: range) }
        var output = title.map { [shown($0)] } ?? []
        for (row, label) in rowLabels.enumerated() {
            let axis = label.isEmpty ? (unicode ? "│" : "|") : (unicode ? "┤" : "+")
            output.append(ChartText.right(label, labelWidth) + " " + axis + plot.row(row, lines: drawn))
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        output.append(indent + (unicode ? "└" : "+") + String(repeating: unicode ? "─" : "-", count: plotColumns))
        output += periodLines(periods.map(shown), plotColumns: plotColumns, indent: indent + " ")
        if series.count > 1 {
            let entries = series.enumerated().map { index, line in
                String(LineChart.marks[index % LineChart.marks.count]) + " " + shown(line.name)
            }
            output += ChartText.packed(entries, width: width, indent: labelWidth + 2)
        }
        return output.map(ChartText.trimmed)
    }

    /// The value if it is finite, else nil (a gap).
    private func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }

    /// The x axis' labels: the first period under the start of the plot area and the last ending under its end, on
    /// one line when both fit with a blank between them, else on two; a single period under the middle.
    private func periodLines(_ periods: [String], plotColumns: Int, indent: String) -> [String] {
        guard let first = periods.first, let last = periods.last else { return [] }
        if periods.count == 1 {
            let before = max(0, (plotColumns - ChartText.columns(first)) / 2)
            return [indent + String(repeating: " ", count: before) + first]
        }
        let gap = plotColumns - ChartText.columns(first) - ChartText.columns(last)
        if gap >= 1 { return [indent + first + String(repeating: " ", count: gap) + last] }
        return [indent + first, indent + ChartText.right(last, plotColumns)]
    }
}

/// The plot area of a `LineChart`: a grid of dots (2 × 4 per character for braille, else 1 per character), the
/// periods spread evenly over its columns and the value range over its rows.
private struct PlotArea {
    /// The size of the area in characters.
    let columns: Int, rows: Int
    /// Whether each character holds 2 × 4 braille dots.
    let braille: Bool

    /// The dots per character across.
    var dotColumns: Int { braille ? 2 : 1 }
    /// The dots per character down.
    var dotRows: Int { braille ? 4 : 1 }

    /// The dots a series sets: each value's point, joined by a straight run of dots to the next period's when that
    /// has a value too; a gap leaves its stretch blank.
    func pixels(of values: [Double?], range: (bottom: Double, top: Double)?) -> [(x: Int, y: Int)] {
        guard let range else { return [] }
        let width = columns * dotColumns, height = rows * dotRows
        let points = values.enumerated().map { index, value in
            value.map { value -> (x: Int, y: Int) in
                let x = values.count == 1 ? width / 2
                    : Int((Double(index) * Double(width - 1) / Double(values.count - 1)).rounded())
                let share = range.top > range.bottom ? (range.top - value) / (range.top - range.bottom) : 0.5
                let y = range.top > range.bottom ? Int((share * Double(height - 1)).rounded()) : height / 2
                return (x, y)
            }
        }
        var dots: [(x: Int, y: Int)] = []
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            if index + 1 < points.count, let next = points[index + 1] {
                dots += segment(from: point, to: next)
            } else {
                dots.append(point)
            }
        }
        return dots
    }

    /// The characters of one row: braille cells from the dots of the one series, or each series' mark where it has a
    /// dot (a later series drawn over an earlier one); blanks elsewhere.
    func row(_ row: Int, lines: [[(x: Int, y: Int)]]) -> String {
        var cells = Array(repeating: Character(" "), count: columns)
        if braille {
            var bits = Array(repeating: UInt32(0), count: columns)
            for dot in lines.joined() where dot.y / 4 == row {
                bits[dot.x / 2] |= PlotArea.brailleBit(column: dot.x % 2, row: dot.y % 4)
            }
            for (index, value) in bits.enumerated() where value != 0 {
                cells[index] = Unicode.Scalar(0x2800 + value).map(Character.init) ?? " "
            }
        } else {
            for (index, line) in lines.enumerated() {
                for dot in line where dot.y == row { cells[dot.x] = LineChart.marks[index % LineChart.marks.count] }
            }
        }
        return String(cells)
    }

    /// The bit of a dot in a braille character (U+2800 plus the bits): dots 1–3 and 7 down the left, 4–6 and 8 down
    /// the right.
    static func brailleBit(column: Int, row: Int) -> UInt32 {
        let left: [UInt32] = [0x01, 0x02, 0x04, 0x40], right: [UInt32] = [0x08, 0x10, 0x20, 0x80]
        return column == 0 ? left[row] : right[row]
    }

    /// The dots of a straight line between two dots, both included (Bresenham's algorithm).
    private func segment(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) -> [(x: Int, y: Int)] {
        let deltaX = abs(end.x - start.x), deltaY = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
        var error = deltaX + deltaY
        var x = start.x, y = start.y
        var dots = [(x, y)]
        while x != end.x || y != end.y {
            let doubled = 2 * error
            if doubled >= deltaY { error += deltaY; x += stepX }
            if doubled <= deltaX { error += deltaX; y += stepY }
            dots.append((x, y))
        }
        return dots
    }
}
