import Foundation

/// What every SVG chart of the report shares around its drawing: the `<svg>` element (a view box, the full width
/// of the page up to the chart's own size, the font the text estimate is made for, a title for screen readers) and
/// the way coordinates are written.
enum SVGFrame {
    /// The opening `<svg>` element and its `<title>`, for a chart of a kind (`bars`, `lines`, …) and size in pixels;
    /// the title is escaped.
    static func opening(kind: String, width: Double, height: Double, title: String, fontSize: Double) -> String {
        let label = HTMLText.escaped(title)
        return "<svg class=\"chart \(kind)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(label)\" "
            + "width=\"100%\" style=\"max-width: \(coordinate(width))px\" "
            + "viewBox=\"0 0 \(coordinate(width)) \(coordinate(height))\" "
            + "font-family=\"\(SVGText.fontFamily)\" font-size=\"\(coordinate(fontSize))\">\n<title>\(label)</title>"
    }

    /// A coordinate or length with at most one decimal, as the charts write them.
    static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
