/// The report page's inline style sheet: screen and print, including the charts' colours.
enum ReportStyle {
    /// The CSS placed in the page's `<style>` element.
    static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d1d1f; background: #fff;
           max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
    h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.35rem; border-bottom: 2px solid #3b6ea5; padding-bottom: 0.2rem; margin-top: 2.2rem; }
    h3 { font-size: 1.1rem; margin-bottom: 0.3rem; }
    p.meta, p.source, figcaption { color: #555; font-size: 0.9rem; }
    p.sentence { font-size: 1.05rem; background: #eef3f9; border-left: 4px solid #3b6ea5; padding: 0.5rem 0.8rem; }
    table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
    th, td { border-bottom: 1px solid #d0d4da; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f3f5f8; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure { margin: 0.6rem 0 1rem; }
    svg.chart { max-width: 100%; height: auto; font-size: 12px; }
    svg .bar { fill: #3b6ea5; }
    svg .interval { stroke: #1d1d1f; stroke-width: 1.5; fill: none; }
    svg .label, svg .caption, svg .legend { fill: #1d1d1f; }
    svg .tick { fill: #777; font-size: 10px; }
    svg .grid { fill: none; stroke: #d0d4da; }
    svg .axis { stroke: #a0a6ad; }
    svg polygon.now, svg rect.now { fill: rgba(59, 110, 165, 0.35); stroke: #3b6ea5; stroke-width: 2; }
    svg polygon.preferred, svg line.preferred { fill: none; stroke: #c0392b; stroke-width: 2; stroke-dasharray: 6 4; }
    dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
    dl.provenance dt { font-weight: bold; }
    dl.provenance dd { margin: 0; word-break: break-all; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      h2 { break-after: avoid; }
      article, figure, table, p.sentence { break-inside: avoid; }
      p.sentence { background: none; }
      th { background: none; }
    }
    """
}
