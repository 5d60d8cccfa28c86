import Foundation

/// A dataset's rows by a period of its time column (`--per UNIT [--time COLUMN]`): the dataset with one more
/// column, named after the unit, that holds each row's period label (or weekday or hour), for grouping before any
/// `by` columns.
public struct PeriodGrouping: Sendable {
    /// What the rows are grouped by.
    public let unit: PeriodUnit
    /// The name of the time column the periods are read from.
    public let timeColumn: String
    /// The period of every row.
    public let periods: PeriodValues
    /// The name of the added column: the unit's name, or `UNIT_period` when the dataset has a column of that name.
    public let columnName: String
    /// The dataset with the period column added after its own.
    public let dataset: Dataset

    /// The periods of a dataset's time column (the named one, else the one its time role marks) in a zone;
    /// errors point at `timeWord`, or at `at` when the dataset has no time role.
    public init(_ dataset: Dataset, unit: PeriodUnit, timeWord: Word?, timeZone: TimeZone, invocation: Invocation,
                at word: Word) throws {
        let column = try Self.timeColumn(of: dataset, named: timeWord, invocation: invocation, at: word)
        guard case .time(let instants, let missing) = column.data else {
            throw invocation.error(Words.notATimeColumn(column.name, type: column.type.rawValue), at: timeWord ?? word)
        }
        self.unit = unit
        timeColumn = column.name
        periods = PeriodValues(unit, of: instants, missing: missing, timeZone: timeZone)
        var name = unit.rawValue
        while dataset.columnIndex(named: name) != nil { name += "_period" }
        columnName = name
        var grouped = dataset
        grouped.setColumn(Column(name: name, data: periods.columnData()))
        self.dataset = grouped
    }

    /// The roles that mark a dataset's time, in the order they are looked for: a kind's own role first.
    static func timeRoles(of kind: DatasetKind?) -> [ColumnRole] {
        let all: [ColumnRole] = [.published, .time, .commentedAt]
        let own: ColumnRole?
        switch kind {
        case .posts: own = .published
        case .interactions: own = .time
        case .replies: own = .commentedAt
        default: own = nil
        }
        return own.map { role in [role] + all.filter { $0 != role } } ?? all
    }

    /// The column `--time` names, else the one the dataset's time role marks.
    public static func timeColumn(of dataset: Dataset, named timeWord: Word?, invocation: Invocation,
                                  at word: Word) throws -> Column {
        if let timeWord {
            return dataset.columns[try invocation.columnIndex(timeWord.text, at: timeWord, in: dataset)]
        }
        for role in timeRoles(of: dataset.kind) {
            if let column = dataset.column(role: role) { return column }
        }
        throw invocation.error(Words.noTimeRole(dataset.name), at: word)
    }

    /// The most periods empty rows are filled in for (about 270 years of days); a wider range keeps its rows as
    /// they are, so two far-apart times cannot ask for millions of rows.
    public static let fillLimit: Int64 = 100_000

    /// The labels of every calendar period from the first to the last one the rows fall in, empty ones included
    /// (none for weekday and hour, which recur, or for more than `fillLimit` periods).
    public var coveredLabels: [String] {
        guard let period = unit.calendarPeriod, let range = periods.range,
              range.upperBound - range.lowerBound < Self.fillLimit else { return [] }
        return range.map { period.label(ofIndex: $0) }
    }

    /// A result table whose first column is the period with a row for every covered period that has none: the
    /// period's label, missing keys and values, and 0 in the `zeroed` columns (the counts). Rows keep their order
    /// within a period; rows without a period stay at the end.
    public func fillingEmptyPeriods(_ table: Dataset, zeroed: Set<String>) -> Dataset {
        let labels = coveredLabels
        guard let first = table.columns.first, first.name == columnName, !labels.isEmpty else { return table }
        var rowsOfLabel: [String: [Int]] = [:], unlabelled: [Int] = []
        for row in 0..<table.rowCount {
            if case .text(let label) = first.data[row] { rowsOfLabel[label, default: []].append(row) } else {
                unlabelled.append(row)
            }
        }
        guard rowsOfLabel.count < labels.count else { return table }
        var order: [(row: Int?, label: String?)] = []
        for label in labels {
            if let rows = rowsOfLabel[label] { order += rows.map { ($0, label) } } else { order.append((nil, label)) }
        }
        order += unlabelled.map { ($0, nil) }
        let columns = table.columns.enumerated().map { index, column -> Column in
            let cells = order.map { entry -> Cell in
                if let row = entry.row { return column.data[row] }
                if index == 0 { return entry.label.map(Cell.text) ?? .missing }
                return zeroed.contains(column.name) ? .integer(0) : .missing
            }
            return Column(name: column.name, role: column.role, data: .from(cells: cells, as: column.type))
        }
        return Dataset(name: table.name, columns: columns, kind: table.kind)
    }

    /// A table as people read it: a weekday column's numbers as the weekday's names in a language; any other
    /// table as it is.
    public func shown(_ table: Dataset, language: Language) -> Dataset {
        guard unit == .weekday, let index = table.columnIndex(named: columnName),
              case .integer(let values, let missing) = table.columns[index].data else { return table }
        var shown = table
        let names = values.indices.map { missing.isMissing($0) ? nil : Words.weekdayName(values[$0]).text(language) }
        shown.setColumn(Column.text(columnName, names))
        return shown
    }
}
