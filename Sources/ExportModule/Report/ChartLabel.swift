/// A label drawn in a chart: cut to fit with an ellipsis, the full text kept as a tooltip, both escaped.
enum ChartLabel {
    /// An SVG `<text>` element's content: the text cut after `limit` characters (with `…`) and the whole text as `<title>`.
    static func content(_ text: String, limit: Int) -> String {
        let shown = text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
        return "<title>\(HTMLText.escaped(text))</title>\(HTMLText.escaped(shown))"
    }
}
