import Foundation

/// A horizontal bar chart for the terminal: one bar per label, an interval marked around the bar's end.
public struct BarChart {
    /// One bar: its label, value and optional interval, and the text printed after it.
    public struct Bar {
        /// The label left of the bar.
        public let label: String
        /// The bar's length in value units.
        public let value: Double
        /// The interval around the value, if any.
        public let low: Double?, high: Double?
        /// What is written after the bar, such as `3.1 % (2.9–3.3 %)`.
        public let caption: String

        /// A bar from its parts.
        public init(label: String, value: Double, low: Double? = nil, high: Double? = nil, caption: String) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.caption = caption
        }
    }

    /// Whether Unicode block characters may be used (else plain ASCII).
    public let unicode: Bool
    /// The width the bars may take, in columns.
    public let width: Int
    /// The width whole lines (label, bar and caption) should fit, if any: bars are shortened to fit it, to 10 at least.
    public let lineWidth: Int?

    /// A chart drawn with Unicode blocks or ASCII, with bars at most `width` columns long and lines that fit `lineWidth`.
    public init(unicode: Bool, width: Int, lineWidth: Int? = nil) {
        self.unicode = unicode
        self.width = max(10, width)
        self.lineWidth = lineWidth
    }

    /// The chart's lines: label, bar (filled to the value, the interval as a lighter stretch or `-`), caption.
    public func lines(_ bars: [Bar]) -> [String] {
        let top = bars.map { max($0.value, $0.high ?? $0.value) }.max() ?? 0
        let labels = bars.map { unicode ? $0.label : TextMarks.ascii($0.label) }
        let labelWidth = labels.map(\.count).max() ?? 0
        let captions = bars.map { unicode ? $0.caption : TextMarks.ascii($0.caption) }
        let captionWidth = captions.map { $0.reduce(0) { $0 + TableRenderer.width(of: $1) } }.max() ?? 0
        let barWidth = lineWidth.map { min(width, max(10, $0 - labelWidth - captionWidth - 4)) } ?? width
        return bars.enumerated().map { index, bar in
            let scale = top > 0 ? Double(barWidth) / top : 0
            let filled = max(0, bar.value * scale)
            let low = max(0, (bar.low ?? bar.value) * scale), high = max(0, (bar.high ?? bar.value) * scale)
            var cells = ""
            for column in 0..<barWidth {
                let start = Double(column), end = Double(column + 1)
                if end <= filled {
                    cells += unicode ? "█" : "#"
                } else if start < filled {
                    cells += unicode ? partialBlock(filled - start) : "#"
                } else if start < high && end > low {
                    cells += unicode ? "░" : "-"
                } else {
                    cells += " "
                }
            }
            if unicode, low < filled, high > filled { cells = markInterval(cells, low: low) }
            let label = labels[index].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let line = label + "  " + cells + "  " + captions[index]
            return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    /// A left-aligned eighth block for a fraction of a column.
    private func partialBlock(_ fraction: Double) -> String {
        let blocks = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        return blocks[min(7, max(0, Int(fraction * 8)))]
    }

    /// The bar with the interval's lower end inside the filled part shown as a lighter block.
    private func markInterval(_ cells: String, low: Double) -> String {
        var characters = Array(cells)
        let index = min(characters.count - 1, max(0, Int(low)))
        if characters[index] == "█" { characters[index] = "▓" }
        return String(characters)
    }
}
