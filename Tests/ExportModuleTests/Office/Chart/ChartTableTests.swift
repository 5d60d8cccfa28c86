@testable import ExportModule
import RapportCore
import XCTest

/// Where a chart's data lies on its sheet and what the formulas pointing at it read.
final class ChartTableTests: XCTestCase {
    private let spec = ChartSpec(kind: .columns, categories: ["a", "b"], series: [
        ChartSeries(name: "with", values: [1, 2], interval: ChartInterval(lower: [0, 1], upper: [2, 4])),
        ChartSeries(name: "without", values: [3, nil]),
    ], categoryHeader: "group", format: .percent, language: .de)

    func testColumnsOfSeriesWithAndWithoutIntervals() {
        let table = ChartTable(spec, sheet: "it's", headerRow: 4)
        // Column A categories; B the first series, C its reach above, D below; E the second series.
        XCTAssertEqual(table.columns.map(\.value), [1, 4])
        XCTAssertEqual(table.columns.map(\.above), [2, nil])
        XCTAssertEqual(table.columns.map(\.below), [3, nil])
        XCTAssertEqual(table.header(4), "'it''s'!$E$5")
        XCTAssertEqual(table.values(0), "'it''s'!$A$6:$A$7")
    }

    func testTheDatasetHoldsTheValuesReachesAndGermanHeaders() {
        let dataset = ChartTable(spec, sheet: "Sheet1").dataset
        XCTAssertEqual(dataset.columnNames, ["group", "with", "with: Intervall darüber", "with: Intervall darunter",
                                             "without"])
        XCTAssertEqual(dataset.columns[2].data[1], .decimal(2))
        XCTAssertEqual(dataset.columns[3].data[0], .decimal(1))
        XCTAssertEqual(dataset.columns[4].data[1], .missing)
        XCTAssertEqual(dataset.columns[1].role, ColumnRole.rate, "percentages are rates")
        XCTAssertEqual(ChartTable(spec, sheet: "Sheet1").formats, [.general, .percent, .percent, .percent, .percent])
    }
}
