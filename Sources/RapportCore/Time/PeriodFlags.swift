import Foundation

/// The flags `score`, `count` and `compare` share to group by period, declared once.
public enum PeriodFlags {
    /// `--per PERIOD`: group by a period of the time column before any `by` columns.
    public static let per = Flag("per", .choice(PeriodUnit.self), valueName: "PERIOD", Words.perFlag)
    /// `--time COLUMN`: the time column the periods are read from.
    public static let time = Flag("time", .column, valueName: "COLUMN", Words.timeColumnFlag)
}

extension Invocation {
    /// The grouping `--per` and `--time` ask for on a dataset, or nil without `--per` (costing nothing then).
    public func periodGrouping(of dataset: Dataset, timeZone: TimeZone) throws -> PeriodGrouping? {
        guard let unit = try self[PeriodFlags.per] else {
            if let word = self[PeriodFlags.time] { throw error(Words.timeNeedsPer, at: word) }
            return nil
        }
        return try PeriodGrouping(dataset, unit: unit, timeWord: self[PeriodFlags.time], timeZone: timeZone,
                                  invocation: self, at: word(of: PeriodFlags.per) ?? end)
    }
}
