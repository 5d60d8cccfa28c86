/// A rectangle on a slide in points (1/72 inch), written into the file in EMU.
struct Frame {
    /// The left edge, top edge, width and height in points.
    var x: Double, y: Double, width: Double, height: Double

    /// EMU (English Metric Units) per point.
    static let emuPerPoint = 12_700.0

    /// A length in points as EMU.
    static func emu(_ points: Double) -> Int {
        Int((points * emuPerPoint).rounded())
    }

    /// `<a:off …/><a:ext …/>`.
    var offsetAndExtent: String {
        "<a:off x=\"\(Frame.emu(x))\" y=\"\(Frame.emu(y))\"/>"
        + "<a:ext cx=\"\(Frame.emu(width))\" cy=\"\(Frame.emu(height))\"/>"
    }
}
