/// Paragraphs fitted into a box: the largest font size from a range at which they fit when wrapped, and, when not
/// even the smallest does, the text cut to the lines that fit with `…` at the end, so nothing runs out of the box.
struct TextFit {
    /// The font size in points.
    let size: Double
    /// The paragraphs as they are to be written (cut when they did not fit).
    let paragraphs: [String]

    /// Lines are this many times the font size apart (Arial and DejaVu Sans need 1.15 and 1.17).
    static let lineHeight = 1.2

    /// The fit of `paragraphs` in a box of `width` × `height` points: sizes from `largest` down to `smallest` in
    /// steps of one point; `indent` points of every line are taken by a bullet, and paragraphs are `gap` times the
    /// font size apart.
    init(_ paragraphs: [String], width: Double, height: Double, largest: Double, smallest: Double,
         bold: Bool = false, indent: (Double) -> Double = { _ in 0 }, gap: Double = 0) {
        var size = largest
        while size > smallest {
            let lines = TextFit.lineCounts(paragraphs, width: width - indent(size), size: size, bold: bold)
            if TextFit.height(lines: lines, size: size, gap: gap) <= height { break }
            size -= 1
        }
        size = max(size, smallest)
        self.size = size
        let available = width - indent(size)
        let wrapped = paragraphs.map { TextWrap.lines($0, width: available, size: size, bold: bold) }
        guard TextFit.height(lines: wrapped.map(\.count), size: size, gap: gap) > height else {
            self.paragraphs = paragraphs
            return
        }
        var kept: [[String]] = []
        var used = 0.0
        for lines in wrapped {
            let before = kept.isEmpty ? 0 : gap * size
            var count = 0
            while count < lines.count, used + before + Double(count + 1) * TextFit.lineHeight * size <= height {
                count += 1
            }
            if count == 0 { break }
            kept.append(Array(lines.prefix(count)))
            used += before + Double(count) * TextFit.lineHeight * size
            if count < lines.count { break }
        }
        if var last = kept.popLast(), let line = last.popLast() {
            last.append(TextWrap.truncated(line + " …", width: available, size: size, bold: bold))
            kept.append(last)
        }
        self.paragraphs = kept.map { $0.joined(separator: " ") }
    }

    /// The number of lines each paragraph takes at a size.
    private static func lineCounts(_ paragraphs: [String], width: Double, size: Double, bold: Bool) -> [Int] {
        paragraphs.map { TextWrap.lines($0, width: width, size: size, bold: bold).count }
    }

    /// The height of paragraphs of these line counts.
    private static func height(lines: [Int], size: Double, gap: Double) -> Double {
        Double(lines.reduce(0, +)) * lineHeight * size + Double(max(lines.count - 1, 0)) * gap * size
    }
}
