/// A conservative estimate of how wide a text is set in the Office files' sans-serif font (Arial), so that boxes,
/// table cells and columns can be sized to hold it. Widths are DejaVu Sans's, the font LibreOffice falls back to
/// where Arial is missing, which is wider than Arial in nearly every character.
enum TextWidth {
    /// Advance widths of the printable ASCII characters (space to `~`) in thousandths of an em, regular.
    private static let regular: [UInt16] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ]
    /// The same in bold.
    private static let bold: [UInt16] = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]
    /// Headroom for kerning-free layout and rounding in the renderer.
    private static let margin = 1.03

    /// The width of a digit in ems (regular), the unit spreadsheet column widths count in.
    static let digit = 0.636

    /// The width of a text in ems; line breaks are not treated specially.
    static func ems(_ text: String, bold isBold: Bool = false) -> Double {
        var thousandths = 0.0
        for scalar in text.unicodeScalars {
            thousandths += width(of: scalar, bold: isBold)
        }
        return thousandths / 1000 * margin
    }

    /// The width of a text in points at a font size.
    static func points(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        ems(text, bold: isBold) * size
    }

    /// One character's width in thousandths of an em: from the table for ASCII, else by kind (wide East Asian and
    /// emoji a full em or more, combining marks nothing, other letters and signs as wide as broad Latin ones).
    private static func width(of scalar: Unicode.Scalar, bold isBold: Bool) -> Double {
        let value = scalar.value
        if value >= 32 && value < 127 { return Double((isBold ? bold : regular)[Int(value - 32)]) }
        switch value {
        case 0..<32, 0x7F..<0xA0, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x0300...0x036F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 1000
        case 0x1F000...0x1FAFF, 0x2600...0x27BF: return 1200
        case 0x2014, 0x2026, 0x2030: return 1000
        case 0x2190...0x22FF: return 840
        default:
            let properties = scalar.properties
            if properties.isUppercase { return isBold ? 880 : 800 }
            return isBold ? 720 : 660
        }
    }
}
