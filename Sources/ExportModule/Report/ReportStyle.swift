import RapportCore

/// The report page's inline style sheet: screen (down to 390 px: tables scroll in their wrapper, charts scale) and
/// print (A4, margins and page numbers from `@page` margin boxes, headings kept with what follows, charts and rows
/// never split, wide tables on landscape pages), including the charts' colours.
enum ReportStyle {
    /// The charts' colours, which the page holds and a chart written as a file of its own carries.
    static let chartCSS = """
    svg.chart { max-width: 100%; height: auto; font-size: 12px; }
    svg .bar { fill: #3b6ea5; }
    svg .interval { stroke: #1d1d1f; stroke-width: 1.5; fill: none; }
    svg .label, svg .caption, svg .legend { fill: #1d1d1f; }
    svg .tick { fill: #777; font-size: 10px; }
    svg .grid { fill: none; stroke: #d0d4da; }
    svg .axis { stroke: #a0a6ad; }
    svg polygon.now, svg rect.now { fill: rgba(59, 110, 165, 0.35); stroke: #3b6ea5; stroke-width: 2; }
    svg polygon.preferred, svg line.preferred { fill: none; stroke: #c0392b; stroke-width: 2; stroke-dasharray: 6 4; }
    """

    /// The CSS placed in the page's `<style>` element, its page numbers in the language.
    static func css(_ language: Language) -> String {
        let page = Words.reportPageNumber.text(language)
        return """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d1d1f; background: #fff;
               max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; overflow-wrap: anywhere; }
        header.title-block { border-bottom: 4px solid #3b6ea5; padding-bottom: 0.8rem; margin-bottom: 1.5rem; }
        header.title-block img.logo { display: block; max-width: 12rem; max-height: 4rem; margin-bottom: 0.8rem; }
        h1 { font-size: 1.9rem; margin: 0 0 0.4rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #3b6ea5; padding-bottom: 0.2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.1rem; margin-bottom: 0.3rem; }
        p.meta { color: #444; margin: 0.1rem 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.8rem 0 1.2rem; }
        .figure { flex: 1 1 9rem; border: 1px solid #d0d4da; border-top: 4px solid #3b6ea5; padding: 0.6rem 0.8rem; }
        .figure .value { display: block; font-size: 1.5rem; font-weight: bold; font-variant-numeric: tabular-nums; }
        .figure .value.long { font-size: 1rem; padding-top: 0.35rem; }
        .figure .label { display: block; color: #555; font-size: 0.85rem; }
        ul.key-lines { list-style: none; padding: 0; }
        ul.key-lines li { margin: 0.4rem 0; padding-left: 0.2rem; }
        .mark { display: inline-block; font-size: 0.8rem; font-weight: bold; padding: 0 0.4rem; border-radius: 0.2rem;
                margin-right: 0.3rem; }
        .mark.neutral { width: 0.7rem; height: 0.7rem; padding: 0; background: #3b6ea5; border-radius: 50%; }
        .mark.met { background: #d8efdf; color: #1b5e20; border: 1px solid #1b5e20; }
        .mark.missed { background: #f8dcd8; color: #8e1b10; border: 1px solid #8e1b10; }
        p.sentence { font-size: 1.05rem; background: #eef3f9; border-left: 4px solid #3b6ea5; padding: 0.5rem 0.8rem; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: 0.6rem 0 1rem; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        th, td { border-bottom: 1px solid #d0d4da; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f3f5f8; }
        td, th { overflow-wrap: normal; }
        .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 0.6rem 0 1rem; }
        figcaption { color: #555; font-size: 0.9rem; }
        \(chartCSS)
        .notes { color: #555; font-size: 0.8rem; border-top: 1px dotted #d0d4da; margin-top: 0.4rem; }
        .notes p { margin: 0.3rem 0; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
        ul.methods li { margin: 0.3rem 0; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
        @media (max-width: 600px) {
          body { margin: 1rem auto; padding: 0 0.8rem; }
          h1 { font-size: 1.5rem; }
          dl.provenance { grid-template-columns: 1fr; }
        }
        @page { size: A4; margin: 18mm 15mm 20mm;
                @bottom-center { content: \(page); font-family: "DejaVu Sans", Arial, sans-serif;
                                 font-size: 8pt; color: #555; } }
        @page landscape { size: A4 landscape; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2, h3, p.sentence { break-after: avoid; }
          h2 { break-before: auto; }
          figure, tr, .figure, ul.key-lines li, .notes { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          .table-wrap.wide { page: landscape; }
          table { font-size: 8.5pt; }
          p.sentence, th, .mark.met, .mark.missed { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
    }
}
