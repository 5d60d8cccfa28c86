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
