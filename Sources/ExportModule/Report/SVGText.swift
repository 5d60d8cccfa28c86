/// The one estimate of how much room a text takes in an SVG chart, which every chart lays its labels out by, so that
/// no label leaves its chart: DejaVu Sans' advance widths (the first and widest font of the report's list) with
/// headroom, a full em for other letters below U+0900 and more for the rest (East Asian, emoji), and a box from one
/// em above the baseline to 0.3 em below it. Also the writing of a `<text>` element, its text escaped.
enum SVGText {
    /// Where a text sits relative to its x coordinate: its start, its middle or its end there.
    enum Anchor: String {
        case start, middle, end
    }

    /// The fonts the charts ask for, as the report's page does.
    static let fontFamily = "DejaVu Sans, Helvetica Neue, Arial, sans-serif"
    /// The factor on DejaVu Sans' advances, for rendering that comes out a little wider.
    static let headroom = 1.08
    /// The advance in ems of a character not in the table: below U+0900 (Latin, Greek, Cyrillic, Hebrew, Arabic),
    /// and any other (Indic, East Asian, emoji).
    static let letterAdvance = 1.0, wideAdvance = 1.4
    /// How far a text's box reaches above and below its baseline, in ems (DejaVu Sans: 0.93 and 0.24).
    static let ascent = 1.0, descent = 0.3

    /// The width a text takes at a font size, in pixels: at least what any font of the list draws.
    static func width(_ text: String, fontSize: Double) -> Double {
        let units = text.reduce(0.0) { total, character in
            guard let scalar = character.unicodeScalars.first else { return total }
            if let advance = advances[scalar.value] { return total + Double(advance) / 2048 }
            if scalar.value < 0x20 { return total }
            return total + (scalar.value < 0x900 ? letterAdvance : wideAdvance)
        }
        return units * fontSize * headroom
    }

    /// The text cut with `…` so that it takes at most `width` pixels; empty when not even `…` fits.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard self.width(text, fontSize: fontSize) > width else { return text }
        var kept = Substring(text)
        while !kept.isEmpty {
            kept.removeLast()
            let shown = kept + "…"
            if self.width(String(shown), fontSize: fontSize) <= width { return String(shown) }
        }
        return self.width("…", fontSize: fontSize) <= width ? "…" : ""
    }

    /// The box a text takes when written at (x, y) with an anchor: left, right, top and bottom in pixels.
    static func box(_ text: String, x: Double, y: Double, anchor: Anchor,
                    fontSize: Double) -> (left: Double, right: Double, top: Double, bottom: Double) {
        let size = width(text, fontSize: fontSize)
        let left = anchor == .start ? x : (anchor == .middle ? x - size / 2 : x - size)
        return (left, left + size, y - ascent * fontSize, y + descent * fontSize)
    }

    /// A `<text>` element at (x, y) holding the text, escaped, with the whole text as a tooltip when one is given
    /// (for a text that was cut); `attributes` adds further attributes (a fill, a class) as they are.
    static func element(_ text: String, x: Double, y: Double, fontSize: Double, anchor: Anchor = .start,
                        attributes: String = "", tooltip: String? = nil) -> String {
        let tip = tooltip.map { "<title>\(HTMLText.escaped($0))</title>" } ?? ""
        return "<text x=\"\(SVGFrame.coordinate(x))\" y=\"\(SVGFrame.coordinate(y))\" "
            + "font-size=\"\(SVGFrame.coordinate(fontSize))\""
            + (anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"")
            + (attributes.isEmpty ? "" : " " + attributes) + ">" + tip + HTMLText.escaped(text) + "</text>"
    }

    /// A text fitted to a width and written as `element` does, with the whole text as its tooltip when it was cut.
    static func fittedElement(_ text: String, width: Double, x: Double, y: Double, fontSize: Double,
                              anchor: Anchor = .start, attributes: String = "") -> String {
        let shown = fitted(text, width: width, fontSize: fontSize)
        return element(shown, x: x, y: y, fontSize: fontSize, anchor: anchor, attributes: attributes,
                       tooltip: shown == text ? nil : text)
    }
}
