import XCTest
@testable import ImportModule

/// Cell references decoded by hand: A = 0 … Z = 25, AA = 26, AZ = 51, XFD = 16383.
final class XLSXCellReferenceTests: XCTestCase {
    func testColumnsAndRows() {
        XCTAssertEqual(XLSXCellReference("A1"), XLSXCellReference(column: 0, row: 1))
        XCTAssertEqual(XLSXCellReference("z9"), XLSXCellReference(column: 25, row: 9))
        XCTAssertEqual(XLSXCellReference("AA12"), XLSXCellReference(column: 26, row: 12))
        // AZ: 1 * 26 + 26 = 52nd column, index 51; XFD: 24 * 676 + 6 * 26 + 4 = 16384th, index 16383.
        XCTAssertEqual(XLSXCellReference("AZ3"), XLSXCellReference(column: 51, row: 3))
        XCTAssertEqual(XLSXCellReference("XFD1048576"), XLSXCellReference(column: 16_383, row: 1_048_576))
        XCTAssertEqual(XLSXCellReference("C"), XLSXCellReference(column: 2, row: nil))
    }

    func testRejectsWhatIsNotAReference() {
        XCTAssertNil(XLSXCellReference(""))
        XCTAssertNil(XLSXCellReference("12"))
        XCTAssertNil(XLSXCellReference("A0"))
        XCTAssertNil(XLSXCellReference("A1B"))
        XCTAssertNil(XLSXCellReference("XFE1"))
        XCTAssertNil(XLSXCellReference("A1048577"))
        XCTAssertNil(XLSXCellReference("$A$1"))
    }

    func testNames() {
        XCTAssertEqual(XLSXCellReference(column: 26, row: 12).name, "AA12")
        XCTAssertEqual(XLSXCellReference(column: 51, row: 3).name, "AZ3")
        XCTAssertEqual(XLSXCellReference(column: 0, row: nil).name, "A")
    }
}
