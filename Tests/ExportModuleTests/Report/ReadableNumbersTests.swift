@testable import ExportModule
import RapportCore
import XCTest

/// Numbers for reading, worked out by hand: p-values, intervals, counts, decimals, in both languages; and a table's
/// bounds joined into intervals.
final class ReadableNumbersTests: XCTestCase {
    private let english = ReadableNumbers(language: .en), german = ReadableNumbers(language: .de)

    func testPValuesAreBelowAThousandthOrTwoSignificantFigures() {
        XCTAssertEqual(english.pValue(9.052e-266), "< 0.001")
        XCTAssertEqual(german.pValue(9.052e-266), "< 0,001")
        XCTAssertEqual(english.pValue(0.01234), "0.012")
        XCTAssertEqual(english.pValue(0.3456), "0.35")
        XCTAssertEqual(english.pValue(0.001234), "0.0012")
        XCTAssertEqual(german.pValue(0.3456), "0,35")
        XCTAssertEqual(english.pValue(.nan), "–")
    }

    func testIntervalsCarryOneUnit() {
        XCTAssertEqual(english.interval(0.021, 0.034, isRate: true), "2.1–3.4 %")
        XCTAssertEqual(german.interval(0.021, 0.034, isRate: true), "2,1–3,4 %")
        XCTAssertEqual(english.interval(1.0213, 1.8749, isRate: false), "1.02–1.87")
    }

    func testCountsAndDecimals() {
        XCTAssertEqual(english.count(1_234_567), "1,234,567")
        XCTAssertEqual(german.count(1_337), "1.337")
        XCTAssertEqual(english.whole(1336.6), "1,337")
        XCTAssertEqual(english.decimal(3.97134), "3.97")
        XCTAssertEqual(german.decimal(0.0032), "0,0032")
        XCTAssertEqual(english.decimal(12_345.6), "12,346")
    }

    func testATablesBoundsBecomeOneIntervalColumnAndPValuesAreRead() {
        let pairs = Dataset(name: "pairs", columns: [
            Column.text("group", ["person"]), Column.decimal("ratio", [3.9713]), Column.decimal("ratio_low", [3.7059]),
            Column.decimal("ratio_high", [4.2749]), Column.decimal("difference", [0.037], role: .rate),
            Column.decimal("p_mwu", [9.052e-266]), Column.integer("posts", [1195]),
            Column(name: "flagged", data: .boolean([true], MissingMask())),
        ])
        let table = ReadableTable(pairs, language: .de, timeZone: .gmt)
        XCTAssertEqual(table.header, ["Gruppe", "Verhältnis der Mediane", "Intervall des Verhältnisses", "Differenz",
                                      "p (Mann-Whitney)", "Beiträge", "flagged"])
        XCTAssertEqual(table.rows, [["person", "3,97", "3,71–4,27", "3,7 %", "< 0,001", "1.195", "ja"]])
        XCTAssertEqual(table.numeric, [false, true, true, true, true, true, false])
    }
}
