import RapportCore

/// What a chart shows, whatever file it goes into: clustered bars or columns over categories, or lines over periods.
struct ChartSpec {
    /// The kinds of chart.
    enum Kind {
        /// Horizontal bars, the first category on top (long group names read well).
        case bars
        /// Vertical columns.
        case columns
        /// Lines over periods in order; a missing value leaves a gap.
        case lines
    }

    /// The kind of chart.
    var kind: Kind
    /// The category (or period) labels, in order.
    var categories: [String]
    /// The series drawn over the categories; each has one value per category.
    var series: [ChartSeries]
    /// The header of the category column in the chart's data sheet, such as `voice` or `week`.
    var categoryHeader: String
    /// How values are shown on the axis, in labels and in the data sheet.
    var format: NumberFormat = .general
    /// A title drawn above the chart; usually left out, as the slide or sheet has one.
    var title: String?
    /// A title beside the category axis.
    var categoryAxisTitle: String?
    /// A title beside the value axis.
    var valueAxisTitle: String?
    /// Whether each point carries its value as a label.
    var showsValues: Bool = false
    /// The language of the data sheet's headers for intervals and of the chart's text.
    var language: Language = .en
}
