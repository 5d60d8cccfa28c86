@testable import ExportModule
import RapportCore
import XCTest

/// Cell references, sheet names and the row limit of worksheets.
final class XLSXSheetWriterTests: XCTestCase {
    private func letters(_ index: Int) -> String {
        String(decoding: XLSXSheetWriter.columnLetters(index), as: UTF8.self)
    }

    func testColumnLetters() {
        // 0 → A, 25 → Z, 26 → AA, 27 → AB, 701 → ZZ (26 + 26 × 26 − 1), 702 → AAA.
        XCTAssertEqual([0, 25, 26, 27, 701, 702].map(letters), ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }

    func testSerialDatesKeepExcelsFebruary1900() {
        // Excel (1900 system): 1900-01-01 is 1, 1900-02-28 is 59, the fictional 1900-02-29 is 60, 1900-03-01 is 61,
        // 1970-01-01 is 25,569; 2025-01-01 12:00 is 45,658.5. Days since 1970: 1900-01-01 is −25,567, 1900-03-01 −25,508.
        let day: Int64 = 86_400
        XCTAssertEqual(XLSXSheetWriter.serial(ofLocalSeconds: -25_567 * day), 1)
        XCTAssertEqual(XLSXSheetWriter.serial(ofLocalSeconds: -25_509 * day), 59)
        XCTAssertEqual(XLSXSheetWriter.serial(ofLocalSeconds: -25_508 * day), 61)
        XCTAssertEqual(XLSXSheetWriter.serial(ofLocalSeconds: 0), 25_569)
        XCTAssertEqual(XLSXSheetWriter.serial(ofLocalSeconds: 20_089 * day + day / 2), 45_658.5)
    }

    func testSheetNamesAreShortAndDistinct() {
        let long = String(repeating: "n", count: 40)
        XCTAssertEqual(XLSXPackage.sheetNames(["posts", "provenance", "Posts", long, long]),
                       ["posts", "provenance", "Posts-2", String(repeating: "n", count: 31),
                        String(repeating: "n", count: 29) + "-2"])
    }

    func testDatasetTooLongForASheetIsRefused() throws {
        let rows = XLSXSheetWriter.maximumRows
        let dataset = Dataset(name: "big", columns: [Column(name: "x", data: .boolean(Array(repeating: true, count: rows),
                                                                                        MissingMask()))])
        XCTAssertThrowsError(try XLSXSheetWriter.bytes(of: dataset, timeZone: TimeZone(identifier: "UTC")!, checkpoint: {})) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains("1048576 rows") ?? false, "\(error)")
        }
    }
}
