import Analytics
import Foundation
import RapportCore

/// One side of a heat map: a period of the dataset's time column (weekday 1 = Monday … 7, hour 0–23, or every
/// calendar period from the first to the last with posts) or the values of one of its columns, in order.
struct HeatmapAxis {
    /// The most values one side holds, so a day axis over decades or an identifier column cannot ask for a grid
    /// beyond reading.
    static let valueLimit = 1000

    /// The name of the side's column in the stored table: the period's name or the column's.
    let name: String
    /// The period the side reads, nil for a column.
    let unit: PeriodUnit?
    /// The side's values, one row per value, in order, typed as stored (integers for weekday and hour, labels for
    /// calendar periods, the column's own type for a column).
    let keys: Column
    /// Per row of the dataset: the index of its value in `keys`, nil when it has none (no time, a missing cell).
    let indexOfRow: [Int?]

    /// The number of values.
    var count: Int { keys.data.count }

    /// The side `word` names in a dataset: a period name (day, week, month, quarter, year, weekday, hour) reads the
    /// time column, any other word is a column of the dataset.
    init(_ word: Word, of dataset: Dataset, timeWord: Word?, timeZone: TimeZone, invocation: Invocation,
         at source: Word) throws {
        guard let unit = PeriodUnit(rawValue: word.text.lowercased()) else {
            let column = dataset.columns[try invocation.columnIndex(word.text, at: word, in: dataset)]
            let groups = RowGroups(Dataset(name: dataset.name, columns: [column]), by: [0])
            guard let keys = groups.keys.first else { preconditionFailure("one key column per grouping column") }
            let present = (0..<groups.count).filter { keys.data[$0] != .missing }
            guard present.count <= Self.valueLimit else {
                throw invocation.error(Words.heatmapTooManyValues(word.text, count: present.count,
                                                                  limit: Self.valueLimit), at: word)
            }
            var position = [Int?](repeating: nil, count: groups.count)
            for (index, group) in present.enumerated() { position[group] = index }
            self.init(name: column.name, unit: nil,
                      keys: Column(name: column.name, role: column.role, data: keys.data.gathering(present)),
                      indexOfRow: groups.groupOfRow.map { position[$0] })
            return
        }
        let time = try PeriodGrouping.timeColumn(of: dataset, named: timeWord, invocation: invocation, at: source)
        guard case .time(let instants, let missing) = time.data else {
            throw invocation.error(Words.notATimeColumn(time.name, type: time.type.rawValue), at: timeWord ?? source)
        }
        let periods = PeriodValues(unit, of: instants, missing: missing, timeZone: timeZone)
        let values: [Int64]
        switch unit {
        case .weekday: values = Array(1...7)
        case .hour: values = Array(0...23)
        default:
            guard let range = periods.range else { values = []; break }
            guard range.upperBound - range.lowerBound < Int64(Self.valueLimit) else {
                throw invocation.error(Words.heatmapTooManyValues(word.text, count: nil, limit: Self.valueLimit),
                                       at: word)
            }
            values = Array(range)
        }
        let first = values.first ?? 0
        let keyData: ColumnData = unit.calendarPeriod.map { period in
            Column.text(unit.rawValue, values.map { period.label(ofIndex: $0) }).data
        } ?? .integer(values, MissingMask())
        self.init(name: unit.rawValue, unit: unit, keys: Column(name: unit.rawValue, data: keyData),
                  indexOfRow: periods.values.indices.map { row in
                      missing.isMissing(row) ? nil : Int(periods.values[row] - first) })
    }

    /// A side from its parts.
    private init(name: String, unit: PeriodUnit?, keys: Column, indexOfRow: [Int?]) {
        self.name = name
        self.unit = unit
        self.keys = keys
        self.indexOfRow = indexOfRow
    }

    /// How a value reads in the grid: a weekday's name, an hour's number, a label or the cell as the formatter
    /// writes it.
    func label(_ index: Int, formatter: CellFormatter) -> String {
        let cell = keys.data[index]
        if unit == .weekday, case .integer(let weekday) = cell {
            return Words.weekdayName(weekday).text(formatter.language)
        }
        return formatter.text(cell)
    }

    /// How a value reads in a sentence: as in the grid, an hour as `14:00`.
    func longLabel(_ index: Int, formatter: CellFormatter) -> String {
        if unit == .hour, case .integer(let hour) = keys.data[index] {
            return (hour < 10 ? "0" : "") + "\(hour):00"
        }
        return label(index, formatter: formatter)
    }
}
