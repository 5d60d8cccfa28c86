@testable import RapportCore
import XCTest

/// The byte appends every writer uses, checked against texts written by hand.
final class ExportBytesTests: XCTestCase {
    private func text(_ build: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        build(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testIntegers() {
        XCTAssertEqual(text { $0.append(integer: 0) }, "0")
        XCTAssertEqual(text { $0.append(integer: -7) }, "-7")
        XCTAssertEqual(text { $0.append(integer: 1_000_000) }, "1000000")
        XCTAssertEqual(text { $0.append(integer: .min) }, "-9223372036854775808")
        XCTAssertEqual(text { $0.append(integer: .max) }, "9223372036854775807")
    }

    func testPaddedNumbers() {
        XCTAssertEqual(text { $0.append(padded: 5, width: 2) }, "05")
        XCTAssertEqual(text { $0.append(padded: 12, width: 2) }, "12")
        XCTAssertEqual(text { $0.append(padded: 987, width: 4) }, "0987")
    }

    func testDecimalsWithPointOrComma() {
        XCTAssertEqual(text { $0.append(decimal: 1234.5678) }, "1234.5678")
        XCTAssertEqual(text { $0.append(decimal: -0.001, separator: UInt8(ascii: ",")) }, "-0,001")
        XCTAssertEqual(text { $0.append(decimal: 2.5e-07, separator: UInt8(ascii: ",")) }, "2,5e-07")
    }

    func testTimes() {
        // 951782400 = 11016 days × 86400: 2000-02-29 (a leap day) at midnight.
        XCTAssertEqual(text { $0.append(isoTime: 951_782_400) }, "2000-02-29T00:00:00Z")
        // One second before 1970: 1969-12-31T23:59:59Z.
        XCTAssertEqual(text { $0.append(isoTime: -1) }, "1969-12-31T23:59:59Z")
        // 1740837900 + 3600 (CET) as a local reading.
        XCTAssertEqual(text { $0.append(germanTime: 1_740_841_500) }, "01.03.2025 15:05:00")
    }
}
