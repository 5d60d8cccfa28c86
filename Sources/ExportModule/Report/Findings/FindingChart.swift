import RapportCore

/// The chart of a finding, as an SVG for the page and as a `ChartSpec` for the native charts of decks and
/// workbooks: bars of medians (with intervals and the full n beside each) or the kite of a culture profile.
enum FindingChart {
    /// One bar per group: the median, its interval and a caption that ends with the group's n.
    case bars([BarChart.Bar], counts: [String], caption: String, isRate: Bool, category: String, series: String)
    /// A culture profile now and preferred, with the words for the two.
    case kite(SurveyProfile, now: String, preferred: String)

    /// The caption under the chart.
    var caption: String {
        switch self {
        case .bars(_, _, let caption, _, _, _): return caption
        case .kite(let profile, let now, let preferred): return profile.dataset.name + ": " + now + " / " + preferred
        }
    }

    /// The chart as inline SVG; `title` names it for screen readers.
    func svg(title: String) -> String {
        switch self {
        case .bars(let bars, _, let caption, _, _, _):
            return SVGBarChart(bars: bars, title: caption).svg
        case .kite(let profile, let now, let preferred):
            return KiteChart(axes: profile.types, now: profile.now, preferred: profile.preferred, nowLabel: now,
                             preferredLabel: preferred, title: title).svg
        }
    }

    /// The chart for a deck or a workbook: horizontal bars of the medians with their intervals (each category with
    /// its n), or columns of the profile now and preferred per culture type.
    func spec(language: Language) -> ChartSpec {
        switch self {
        case .bars(let bars, let counts, _, let isRate, let category, let series):
            let categories = zip(bars, counts).map { bar, count in count.isEmpty ? bar.label : bar.label + " " + count }
            let interval = bars.contains { $0.low != nil } ? ChartInterval(lower: bars.map(\.low),
                                                                          upper: bars.map(\.high)) : nil
            return ChartSpec(kind: .bars, categories: categories,
                             series: [ChartSeries(name: series, values: bars.map(\.value), interval: interval)],
                             categoryHeader: category, format: isRate ? .percent : .decimal, valueAxisTitle: series,
                             showsValues: true, language: language)
        case .kite(let profile, let now, let preferred):
            return ChartSpec(kind: .columns, categories: profile.types,
                             series: [ChartSeries(name: now, values: profile.now.map { $0.isFinite ? $0 : nil }),
                                      ChartSeries(name: preferred,
                                                  values: profile.preferred.map { $0.isFinite ? $0 : nil })],
                             categoryHeader: Words.columnTitle(profile.dataset.columns.first?.name ?? "type").text(language), format: .decimal,
                             language: language)
        }
    }
}
