import RapportCore

/// A slide table fitted into a box: the largest font size from 14 down to 9 points at which every cell fits in two
/// lines and the rows in the height, the columns sharing the width (narrow ones as wide as they need); when not even
/// 9 points does, cells are cut with `…` to two lines (or one, if the rows are still too tall).
struct SlideTableLayout {
    /// The font size in points.
    let size: Double
    /// The width of each column in points.
    let widths: [Double]
    /// The texts to write, the header row first, each cut to fit its cell.
    let cells: [[String]]
    /// The height of each row in points.
    let heights: [Double]
    /// Which columns are right-aligned.
    let rightAligned: [Bool]
    /// Whether the last row says how many rows were left out.
    let saysMore: Bool

    /// Space inside a cell left and right, and above and below, in points.
    static let horizontalMargin = 5.0, verticalMargin = 3.0
    /// The font sizes tried, largest first.
    static let sizes: [Double] = [14, 13, 12, 11, 10, 9]

    /// The total height in points.
    var height: Double { heights.reduce(0, +) }

    /// The layout of `table` in a box `width` × `height` points; `language` words the row saying how many were left
    /// out.
    init(_ table: SlideTable, width: Double, height: Double, language: Language) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        var texts = [(0..<columns).map { $0 < table.header.count ? table.header[$0] : "" }]
        let shown = table.rows.count > SlideTable.maximumRows ? SlideTable.maximumRows - 1 : table.rows.count
        texts += (0..<shown).map { row in (0..<columns).map { table.cell(row, $0) } }
        saysMore = shown < table.rows.count
        if saysMore {
            texts.append([Words.slideTableMoreRows(table.rows.count - shown).text(language)]
                + Array(repeating: "", count: max(columns - 1, 0)))
        }
        rightAligned = (0..<columns).map(table.isRightAligned)
        var chosen: (size: Double, widths: [Double], lines: [[[String]]])?
        for size in SlideTableLayout.sizes {
            let widths = SlideTableLayout.widths(texts, width: width, size: size)
            let lines = SlideTableLayout.cut(texts, widths: widths, size: size, lines: .max)
            let fits = lines.allSatisfy { $0.allSatisfy { $0.count <= 2 } }
            if fits && SlideTableLayout.heights(lines, size: size).reduce(0, +) <= height {
                chosen = (size, widths, lines)
                break
            }
        }
        if chosen == nil, let smallest = SlideTableLayout.sizes.last {
            let widths = SlideTableLayout.widths(texts, width: width, size: smallest)
            var lines = SlideTableLayout.cut(texts, widths: widths, size: smallest, lines: 2)
            if SlideTableLayout.heights(lines, size: smallest).reduce(0, +) > height {
                lines = SlideTableLayout.cut(texts, widths: widths, size: smallest, lines: 1)
            }
            chosen = (smallest, widths, lines)
        }
        let layout = chosen ?? (SlideTableLayout.sizes[0], [], [])
        size = layout.size
        widths = layout.widths
        cells = layout.lines.map { $0.map { $0.joined(separator: " ") } }
        heights = SlideTableLayout.heights(layout.lines, size: layout.size)
    }

    /// Column widths for the texts at a size: each column's widest text with its margins; when they do not all fit,
    /// the narrow columns keep theirs and the wide ones share what is left equally; any room left is spread evenly.
    private static func widths(_ texts: [[String]], width: Double, size: Double) -> [Double] {
        let columns = texts.first?.count ?? 0
        guard columns > 0 else { return [] }
        let natural = (0..<columns).map { column in
            texts.indices.map { row in
                TextWidth.points(texts[row][column], size: size, bold: row == 0)
            }.max().map { $0 + 2 * horizontalMargin + 1 } ?? 0
        }
        let total = natural.reduce(0, +)
        guard total > width else { return natural.map { $0 + (width - total) / Double(columns) } }
        var widths = natural
        var remaining = width
        var open = Array(0..<columns).sorted { natural[$0] < natural[$1] }
        while let narrowest = open.first, natural[narrowest] <= remaining / Double(open.count) {
            remaining -= natural[narrowest]
            open.removeFirst()
        }
        for column in open { widths[column] = remaining / Double(open.count) }
        return widths
    }

    /// Each cell's text broken into the lines its column allows, the last kept line cut with `…` when more followed.
    private static func cut(_ texts: [[String]], widths: [Double], size: Double, lines limit: Int) -> [[[String]]] {
        texts.enumerated().map { row, cells in
            cells.enumerated().map { column, text in
                let available = widths[column] - 2 * horizontalMargin
                let lines = TextWrap.lines(text, width: available, size: size, bold: row == 0)
                guard lines.count > limit, limit > 0 else { return lines }
                let kept = Array(lines.prefix(limit - 1))
                let rest = lines.dropFirst(limit - 1).joined(separator: " ")
                return kept + [TextWrap.truncated(rest, width: available, size: size, bold: row == 0)]
            }
        }
    }

    /// Row heights for cells of these lines.
    private static func heights(_ lines: [[[String]]], size: Double) -> [Double] {
        lines.map { row in
            Double(max(row.map(\.count).max() ?? 1, 1)) * TextFit.lineHeight * size + 2 * verticalMargin
        }
    }

    /// The `a:tbl` element: a bold header with an accent rule under it, thin grey rules under the rows, no fills.
    func xml(language: String) -> String {
        let horizontal = Frame.emu(Self.horizontalMargin), vertical = Frame.emu(Self.verticalMargin)
        var xml = "<a:tbl><a:tblPr firstRow=\"1\" bandRow=\"0\"/><a:tblGrid>"
            + widths.map { "<a:gridCol w=\"\(Frame.emu($0))\"/>" }.joined() + "</a:tblGrid>"
        for (row, texts) in cells.enumerated() {
            let header = row == 0, more = saysMore && row == cells.count - 1
            xml += "<a:tr h=\"\(Frame.emu(heights[row]))\">"
            for (column, text) in texts.enumerated() {
                let paragraph = ShapeParagraph(
                    text: text, size: size, bold: header, colour: more ? OfficeStyle.muted : OfficeStyle.text,
                    alignment: rightAligned[column] && !more ? .right : .left)
                let rule = header ? (19_050, OfficeStyle.accent) : (9_525, OfficeStyle.rule)
                xml += "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>" + paragraph.xml(language: language) + "</a:txBody>"
                    + "<a:tcPr marL=\"\(horizontal)\" marR=\"\(horizontal)\" marT=\"\(vertical)\" marB=\"\(vertical)\""
                    + " anchor=\"ctr\">"
                    + "<a:lnL w=\"0\"><a:noFill/></a:lnL><a:lnR w=\"0\"><a:noFill/></a:lnR>"
                    + "<a:lnT w=\"0\"><a:noFill/></a:lnT><a:lnB w=\"\(rule.0)\"><a:solidFill>"
                    + "<a:srgbClr val=\"\(rule.1)\"/>"
                    + "</a:solidFill></a:lnB><a:noFill/></a:tcPr></a:tc>"
            }
            xml += "</a:tr>"
        }
        return xml + "</a:tbl>"
    }
}
