import Foundation
import RapportCore

/// A result table formatted for reading in a report's language: headers named in it, rates as percentages, counts
/// grouped, p-values as `< 0.001`, a column's `_low` and `_high` bounds joined into one interval column, yes and no;
/// a `measure, value` table (an audit's summary) formatted row by row after each measure.
struct ReadableTable {
    /// The column headers.
    let header: [String]
    /// Whether each column holds numbers (right-aligned).
    let numeric: [Bool]
    /// The cells' texts, row by row (not yet escaped).
    let rows: [[String]]

    /// A table of given texts.
    init(header: [String], numeric: [Bool], rows: [[String]]) {
        self.header = header
        self.numeric = numeric
        self.rows = rows
    }

    /// A dataset formatted for reading.
    init(_ dataset: Dataset, language: Language, timeZone: TimeZone) {
        if ReadableTable.isMeasureTable(dataset.columnNames) {
            self = ReadableTable.measures(dataset, language: language)
            return
        }
        let numbers = ReadableNumbers(language: language)
        let formatter = CellFormatter(language: language, timeZone: timeZone)
        let names = Set(dataset.columnNames)
        var header: [String] = [], numeric: [Bool] = [], columns: [(Int) -> String] = []
        for column in dataset.columns {
            let name = column.name
            if let base = ReadableTable.boundBase(name), names.contains(base) { continue }
            let isRate = column.role == .rate
            header.append(Words.columnTitle(name).text(language))
            numeric.append(column.type.isNumeric)
            columns.append { row in ReadableTable.text(column, row: row, isRate: isRate, numbers: numbers,
                                                       formatter: formatter) }
            if let low = dataset.column(named: name + "_low"), let high = dataset.column(named: name + "_high") {
                header.append(Words.columnTitle(name + "_interval").text(language))
                numeric.append(true)
                columns.append { row in
                    guard let lower = low.data[row].number, let upper = high.data[row].number else { return "" }
                    return numbers.interval(lower, upper, isRate: isRate)
                }
            }
        }
        self.header = header
        self.numeric = numeric
        rows = (0..<dataset.rowCount).map { row in columns.map { $0(row) } }
    }

    /// Whether columns of these names are an audit's summary: `measure, value`, and `text` where a model scored the
    /// followers (its `model` row names it).
    static func isMeasureTable(_ names: [String]) -> Bool {
        names.prefix(2).map { $0.lowercased() } == ["measure", "value"]
    }

    /// The column a name is the lower or upper bound of (`median` for `median_low`), or nil.
    static func boundBase(_ name: String) -> String? {
        for suffix in ["_low", "_high"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return nil
    }

    /// Whether a column (or measure) holds p-values: `p`, `p_…` or `…_p_value`.
    static func isPValue(_ name: String) -> Bool {
        let name = name.lowercased()
        return name == "p" || name.hasPrefix("p_") || name.hasSuffix("_p_value")
    }

    /// Whether a measure of an audit's summary is a share, shown as a percentage.
    static func isShare(_ measure: String) -> Bool {
        ["share", "accuracy", "precision", "recall", "sensitivity", "specificity"].contains { measure.lowercased().contains($0) }
    }

    /// One cell for reading.
    private static func text(_ column: Column, row: Int, isRate: Bool, numbers: ReadableNumbers,
                             formatter: CellFormatter) -> String {
        let cell = column.data[row]
        switch cell {
        case .missing: return ""
        case .integer(let value):
            if isRate { return numbers.percent(Double(value)) }
            return NumberFormat.of(column, timeZone: .gmt) == .general ? String(value) : numbers.count(value)
        case .decimal(let value):
            if isPValue(column.name) { return numbers.pValue(value) }
            return numbers.value(value, isRate: isRate)
        case .boolean(let value):
            return (value ? Words.findingsYes : Words.findingsNo).text(numbers.language)
        case .time, .text: return formatter.text(cell)
        }
    }

    /// A `measure, value` table: each measure named in the language, its value as a count, share, p-value or
    /// decimal, and a measure's `_low` and `_high` rows joined into one interval row after it.
    private static func measures(_ dataset: Dataset, language: Language) -> ReadableTable {
        let numbers = ReadableNumbers(language: language)
        let measures = (0..<dataset.rowCount).map { row -> String in
            if case .text(let name) = dataset.columns[0].data[row] { return name }
            return ""
        }
        let values = (0..<dataset.rowCount).map { dataset.columns[1].data[$0].number }
        let byName = Dictionary(zip(measures, values), uniquingKeysWith: { first, _ in first })
        var rows: [[String]] = []
        for (index, (measure, value)) in zip(measures, values).enumerated() {
            if let base = boundBase(measure), byName[base] != nil { continue }
            var text = ""
            if dataset.columns.count > 2, case .text(let written) = dataset.columns[2].data[index] { text = written }
            rows.append([Words.columnTitle(measure).text(language), value.map { show(measure, $0, numbers) } ?? text])
            if let low = byName[measure + "_low"] ?? nil, let high = byName[measure + "_high"] ?? nil {
                let isShare = isShare(measure)
                rows.append([Words.columnTitle(measure + "_interval").text(language),
                             isShare ? numbers.interval(low, high, isRate: true)
                                 : show(measure, low, numbers) + "–" + show(measure, high, numbers)])
            }
        }
        return ReadableTable(header: [Words.columnTitle("measure").text(language),
                                      Words.columnTitle("value").text(language)],
                             numeric: [false, true], rows: rows)
    }

    /// One measure's value: a share as a percentage, a p-value, a whole count grouped, else a decimal.
    private static func show(_ measure: String, _ value: Double, _ numbers: ReadableNumbers) -> String {
        if isPValue(measure) { return numbers.pValue(value) }
        if isShare(measure) || measure.hasSuffix("threshold") { return numbers.percent(value) }
        if measure.hasPrefix("real_audience") { return numbers.whole(value) }
        if value.rounded() == value, abs(value) < 9e15 { return numbers.count(Int64(value)) }
        return numbers.decimal(value)
    }
}
