import XCTest
import RapportCore
@testable import ImportModule

/// `skipBadRows`: malformed records are passed over and reported; line numbers counted by hand.
final class CSVReaderSkipBadRowsTests: XCTestCase {
    private func read(_ text: String, options: CSVOptions = CSVOptions(skipBadRows: true)) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    func testRaggedRowsAndAnUnterminatedQuoteAreSkippedAndCounted() throws {
        // Line 3 has too many fields, line 5 too few, line 6 opens a quote that never closes on its line.
        let text = "a,b\n1,2\n3,4,5\n6,7\n8\n9,\"x\n10,11\n"
        XCTAssertThrowsError(try read(text, options: CSVOptions()))
        let table = try read(text)
        XCTAssertEqual(table.rowCount, 3)
        XCTAssertEqual(table.skippedRows, 3)
        XCTAssertEqual(table.skippedLines, [3, 5, 6])
        XCTAssertEqual(table.columns[0].data, .integer([1, 6, 10], MissingMask()))
        XCTAssertEqual(table.columns[1].data, .integer([2, 7, 11], MissingMask()))
    }

    func testOnlyTheFirstFewLinesAreKeptButAllAreCounted() throws {
        // Every third data line (lines 4, 7, …, 3k + 1) has a third field: 100 of 300 rows.
        let rows = (1...300).map { $0 % 3 == 0 ? "\($0),\($0),extra" : "\($0),\($0)" }
        let table = try read("a,b\n" + rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(table.skippedRows, 100)
        XCTAssertEqual(table.skippedLines, [4, 7, 10, 13, 16])
        XCTAssertEqual(table.rowCount, 200)
    }

    func testSkippingWorksAcrossParallelChunks() throws {
        // 4,000 rows; row n is malformed when n % 500 == 0 (n = 500 … 4000, 8 rows) and sits on line n + 1.
        let rows = (1...4000).map { $0 % 500 == 0 ? "\($0)" : "\($0),x\($0 % 7)" }
        let options = CSVOptions(skipBadRows: true, threads: 4, minimumBytesPerThread: 1000)
        let table = try read("id,kind\n" + rows.joined(separator: "\n") + "\n", options: options)
        XCTAssertEqual(table.rowCount, 3992)
        XCTAssertEqual(table.skippedRows, 8)
        XCTAssertEqual(table.skippedLines, [501, 1001, 1501, 2001, 2501])
        guard case .integer(let ids, _) = table.columns[0].data else { return XCTFail("id") }
        XCTAssertEqual(ids, (1...4000).filter { $0 % 500 != 0 }.map(Int64.init))
    }
}
