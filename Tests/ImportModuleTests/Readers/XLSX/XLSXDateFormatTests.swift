import XCTest
@testable import ImportModule

/// Number formats classified by hand: which show a date or time.
final class XLSXDateFormatTests: XCTestCase {
    func testBuiltInIds() {
        // 14 is m/d/yyyy, 22 m/d/yyyy h:mm, 45 mm:ss; 0 is General, 2 is 0.00, 49 is @ (text).
        XCTAssertTrue(XLSXDateFormat.isDate(id: 14, code: nil))
        XCTAssertTrue(XLSXDateFormat.isDate(id: 22, code: nil))
        XCTAssertTrue(XLSXDateFormat.isDate(id: 45, code: nil))
        XCTAssertFalse(XLSXDateFormat.isDate(id: 0, code: nil))
        XCTAssertFalse(XLSXDateFormat.isDate(id: 2, code: nil))
        XCTAssertFalse(XLSXDateFormat.isDate(id: 49, code: nil))
    }

    func testCustomCodes() {
        XCTAssertTrue(XLSXDateFormat.isDate(code: "dd/mm/yyyy hh:mm"))
        XCTAssertTrue(XLSXDateFormat.isDate(code: "[$-407]DD.MM.YYYY"))
        XCTAssertTrue(XLSXDateFormat.isDate(code: "[h]:mm"))
        // Letters inside quotes, after a backslash or in a colour bracket are not date parts.
        XCTAssertFalse(XLSXDateFormat.isDate(code: "0.00\" days\""))
        XCTAssertFalse(XLSXDateFormat.isDate(code: "[Red]0.00"))
        XCTAssertFalse(XLSXDateFormat.isDate(code: "0\\d"))
        XCTAssertFalse(XLSXDateFormat.isDate(code: "#,##0.00_);[Red](#,##0.00)"))
        XCTAssertFalse(XLSXDateFormat.isDate(code: "General"))
    }
}
