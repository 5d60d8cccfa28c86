import RapportCore

/// Lays out one slide by its kind on the 16:9 page (960 × 540 points): title, sentence, key figures, bullets, chart
/// and table in fixed regions, every text at the largest size (within its range) that fits its region.
struct SlideComposer {
    /// The page in points (12,192,000 × 6,858,000 EMU) and the margin at its sides.
    static let width = 960.0, height = 540.0, margin = 48.0
    /// The top and bottom of the body region of a slide other than the title slide.
    static let bodyBottom = 488.0

    /// The deck's footer text.
    let footer: String
    /// The `lang` of the texts.
    let language: String
    /// The deck's language, for the words the writer adds.
    let deckLanguage: Language
    /// The logo, if the deck has one.
    let logo: PNGImage?

    /// The slide's shape tree; `logo` and `chart` are the relationship ids of the logo picture and the chart part.
    func tree(_ slide: Slide, number: Int, logo logoId: String?, chart: String?) -> String {
        var shapes = SlideShapes(language: language)
        switch slide.kind {
        case .title:
            titleSlide(slide, logo: logoId, into: &shapes)
        case .findings, .finding, .closing:
            let top = header(slide, logo: logoId, into: &shapes)
            let body = Frame(x: Self.margin, y: top, width: Self.width - 2 * Self.margin, height: Self.bodyBottom - top)
            switch slide.kind {
            case .findings: findings(slide, in: body, into: &shapes)
            case .finding: finding(slide, in: body, chart: chart, into: &shapes)
            default:
                bullets(slide.bullets, in: body, largest: 16, smallest: 9, columns: slide.bullets.count > 6 ? 2 : 1,
                        into: &shapes)
            }
            footerLine(number: number, into: &shapes)
        }
        return shapes.tree
    }

    /// The title slide: the logo at the top left, a large title, the accent rule, the subtitle lines.
    private func titleSlide(_ slide: Slide, logo logoId: String?, into shapes: inout SlideShapes) {
        let width = Self.width - 2 * Self.margin
        if let logo, let logoId {
            shapes.picture(logo.fitted(in: Frame(x: Self.margin, y: 48, width: 220, height: 80), right: false),
                           image: logoId, description: "Logo")
        }
        let title = Frame(x: Self.margin, y: 160, width: width, height: 160)
        let fit = TextFit([slide.title], width: title.width, height: title.height, largest: 40, smallest: 24,
                          bold: true)
        shapes.text("Title", title, fit.paragraphs.map { ShapeParagraph(text: $0, size: fit.size, bold: true) },
                    anchor: "b", placeholder: "type=\"ctrTitle\"")
        shapes.rule(Frame(x: Self.margin, y: 336, width: 96, height: 4), colour: OfficeStyle.accent)
        let lines = (slide.subtitle.map { $0.split(separator: "\n").map(String.init) } ?? [])
            + slide.bullets.map(\.text)
        let subtitle = Frame(x: Self.margin, y: 358, width: width, height: 140)
        let sub = TextFit(lines, width: subtitle.width, height: subtitle.height, largest: 20, smallest: 12, gap: 0.3)
        shapes.text("Subtitle", subtitle, sub.paragraphs.enumerated().map { index, text in
            ShapeParagraph(text: text, size: sub.size, colour: OfficeStyle.muted,
                           spaceBefore: index == 0 ? 0 : 0.3 * sub.size)
        }, placeholder: "type=\"subTitle\" idx=\"1\"")
    }

    /// The title, the accent rule and the sentence of a slide other than the title slide, with the logo in the top
    /// right corner; returns where the body begins.
    private func header(_ slide: Slide, logo logoId: String?, into shapes: inout SlideShapes) -> Double {
        let full = Self.width - 2 * Self.margin
        var titleWidth = full
        if let logo, let logoId {
            let corner = Frame(x: Self.width - Self.margin - 110, y: 28, width: 110, height: 40)
            shapes.picture(logo.fitted(in: corner, right: true), image: logoId, description: "Logo")
            titleWidth -= 130
        }
        let title = Frame(x: Self.margin, y: 24, width: titleWidth, height: 60)
        let fit = TextFit([slide.title], width: title.width, height: title.height, largest: 28, smallest: 18,
                          bold: true)
        shapes.text("Title", title, fit.paragraphs.map { ShapeParagraph(text: $0, size: fit.size, bold: true) },
                    anchor: "b", placeholder: "type=\"title\"")
        shapes.rule(Frame(x: Self.margin, y: 90, width: 64, height: 3), colour: OfficeStyle.accent)
        guard let sentence = slide.subtitle, !sentence.isEmpty else { return 116 }
        let box = Frame(x: Self.margin, y: 102, width: full, height: 54)
        let text = TextFit([sentence], width: box.width, height: box.height, largest: 18, smallest: 11)
        shapes.text("Sentence", box, text.paragraphs.map {
            ShapeParagraph(text: $0, size: text.size, colour: OfficeStyle.muted)
        })
        return 166
    }

    /// The key findings: up to six figures as tiles across the top, the bullets under them.
    private func findings(_ slide: Slide, in body: Frame, into shapes: inout SlideShapes) {
        let figures = Array(slide.figures.prefix(6))
        var rest = body
        if !figures.isEmpty {
            let gap = 16.0
            let tileWidth = (body.width - gap * Double(figures.count - 1)) / Double(figures.count)
            let valueSize = figures.map {
                TextFit([$0.value], width: tileWidth - 20, height: 50, largest: 28, smallest: 12, bold: true).size
            }.min() ?? 30
            let labelSize = figures.map {
                TextFit([$0.label], width: tileWidth - 20, height: 30, largest: 12, smallest: 8).size
            }.min() ?? 12
            for (index, figure) in figures.enumerated() {
                let x = body.x + Double(index) * (tileWidth + gap)
                shapes.rule(Frame(x: x, y: body.y, width: tileWidth, height: 100), colour: OfficeStyle.lightFill)
                shapes.rule(Frame(x: x, y: body.y, width: tileWidth, height: 3), colour: OfficeStyle.accent)
                let value = TextFit([figure.value], width: tileWidth - 20, height: 50, largest: valueSize,
                                    smallest: valueSize, bold: true)
                shapes.text("Figure", Frame(x: x + 10, y: body.y + 10, width: tileWidth - 20, height: 50),
                            value.paragraphs.map {
                                ShapeParagraph(text: $0, size: valueSize, bold: true, colour: OfficeStyle.accent)
                            }, anchor: "b")
                let label = TextFit([figure.label], width: tileWidth - 20, height: 30, largest: labelSize,
                                    smallest: labelSize)
                shapes.text("Figure label", Frame(x: x + 10, y: body.y + 64, width: tileWidth - 20, height: 30),
                            label.paragraphs.map {
                                ShapeParagraph(text: $0, size: labelSize, colour: OfficeStyle.muted)
                            })
            }
            rest = Frame(x: body.x, y: body.y + 120, width: body.width, height: body.height - 120)
        }
        bullets(slide.bullets, in: rest, largest: 20, smallest: 11, columns: 1, into: &shapes)
    }

    /// One finding: the chart and the table side by side (or one of them across), bullets under them or alone.
    private func finding(_ slide: Slide, in body: Frame, chart: String?, into shapes: inout SlideShapes) {
        var area = body
        let hasChart = chart != nil, hasTable = slide.table != nil
        if !slide.bullets.isEmpty {
            guard hasChart || hasTable else {
                bullets(slide.bullets, in: body, largest: 20, smallest: 11, columns: 1, into: &shapes)
                return
            }
            let strip = 64.0
            area.height -= strip + 12
            bullets(slide.bullets, in: Frame(x: body.x, y: body.y + body.height - strip, width: body.width,
                                             height: strip), largest: 14, smallest: 9, columns: 1, into: &shapes)
        }
        let chartWidth = hasTable ? (area.width - 24) * 0.58 : area.width
        if let chart {
            shapes.chart(Frame(x: area.x, y: area.y, width: chartWidth, height: area.height), chart: chart)
        }
        if let table = slide.table {
            let x = hasChart ? area.x + chartWidth + 24 : area.x
            let width = area.x + area.width - x
            let layout = SlideTableLayout(table, width: width, height: area.height, language: deckLanguage)
            shapes.table(Frame(x: x, y: area.y, width: width, height: layout.height),
                         table: layout.xml(language: language))
        }
    }

    /// Bullets fitted into a region, in one column or two (filled in order, the first taking the odd one).
    private func bullets(_ bullets: [SlideBullet], in region: Frame, largest: Double, smallest: Double, columns: Int,
                         into shapes: inout SlideShapes) {
        guard !bullets.isEmpty else { return }
        let gap = 24.0
        let columnWidth = (region.width - gap * Double(columns - 1)) / Double(columns)
        let perColumn = (bullets.count + columns - 1) / columns
        let groups = stride(from: 0, to: bullets.count, by: perColumn).map {
            Array(bullets[$0..<min($0 + perColumn, bullets.count)])
        }
        let sizes = groups.map {
            TextFit($0.map(\.text), width: columnWidth, height: region.height, largest: largest, smallest: smallest,
                    indent: { $0 * 1.2 }, gap: 0.5).size
        }
        let size = sizes.min() ?? smallest
        for (index, group) in groups.enumerated() {
            let box = Frame(x: region.x + Double(index) * (columnWidth + gap), y: region.y, width: columnWidth,
                            height: region.height)
            let fit = TextFit(group.map(\.text), width: box.width, height: box.height, largest: size, smallest: size,
                              indent: { $0 * 1.2 }, gap: 0.5)
            shapes.text("Bullets", box, fit.paragraphs.enumerated().map { position, text in
                ShapeParagraph(text: text, size: size, bullet: mark(group[position].tone), indent: size * 1.2,
                               spaceBefore: position == 0 ? 0 : size * 0.5)
            })
        }
    }

    /// The mark in front of a bullet and its colour.
    private func mark(_ tone: SlideBullet.Tone) -> (mark: String, colour: String) {
        switch tone {
        case .neutral: return ("•", OfficeStyle.accent)
        case .positive: return ("■", OfficeStyle.positive)
        case .negative: return ("■", OfficeStyle.negative)
        }
    }

    /// The footer text at the bottom left and the slide number at the bottom right.
    private func footerLine(number: Int, into shapes: inout SlideShapes) {
        let width = Self.width - 2 * Self.margin
        let text = TextWrap.truncated(footer, width: width - 80, size: 10)
        shapes.text("Footer", Frame(x: Self.margin, y: 506, width: width - 80, height: 16),
                    [ShapeParagraph(text: text, size: 10, colour: OfficeStyle.muted)])
        shapes.text("Slide number", Frame(x: Self.margin + width - 60, y: 506, width: 60, height: 16),
                    [ShapeParagraph(text: String(number), size: 10, colour: OfficeStyle.muted, alignment: .right)])
    }
}
