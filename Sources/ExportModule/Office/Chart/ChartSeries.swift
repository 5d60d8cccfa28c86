/// One series of a chart: its name and a value per category, missing where unknown, with an optional interval.
struct ChartSeries {
    /// The name shown in the legend and as the data column's header.
    var name: String
    /// One value per category; nil (or a value that is not finite) is a gap.
    var values: [Double?]
    /// Lower and upper bounds per category, drawn as error bars.
    var interval: ChartInterval?

    /// The value at a category, nil when missing, not finite or beyond the values given.
    func value(_ index: Int) -> Double? {
        ChartSeries.finite(values, index)
    }

    /// How far the interval reaches above the value at a category (nil without both).
    func above(_ index: Int) -> Double? {
        guard let value = value(index), let upper = interval.flatMap({ ChartSeries.finite($0.upper, index) }) else {
            return nil
        }
        return max(upper - value, 0)
    }

    /// How far the interval reaches below the value at a category (nil without both).
    func below(_ index: Int) -> Double? {
        guard let value = value(index), let lower = interval.flatMap({ ChartSeries.finite($0.lower, index) }) else {
            return nil
        }
        return max(value - lower, 0)
    }

    /// The finite number at an index of a list, nil otherwise.
    private static func finite(_ list: [Double?], _ index: Int) -> Double? {
        guard list.indices.contains(index), let value = list[index], value.isFinite else { return nil }
        return value
    }
}
