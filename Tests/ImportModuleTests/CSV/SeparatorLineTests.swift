import XCTest
@testable import ImportModule

/// The Excel `sep=X` first line; offsets counted by hand from the literal text.
final class SeparatorLineTests: XCTestCase {
    private func parse(_ text: String, at start: Int = 0) -> (delimiter: UInt8, next: Int)? {
        Array(text.utf8).withUnsafeBufferPointer { SeparatorLine.parse($0, at: start) }
    }

    func testReadsTheDelimiterAndWhereTheHeaderStarts() {
        XCTAssertEqual(parse("sep=;\na;b\n")?.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(parse("sep=;\na;b\n")?.next, 6)        // "sep=;\n" is 6 bytes
        XCTAssertEqual(parse("SEP=,\r\na,b\n")?.next, 7)      // CRLF adds one
        XCTAssertEqual(parse("sep=\t\na\tb\n")?.delimiter, UInt8(ascii: "\t"))
        XCTAssertEqual(parse("xxsep=|\n", at: 2)?.next, 8)
    }

    func testOtherFirstLinesAreNoSeparatorLine() {
        XCTAssertNil(parse("sep,a\n1,2\n"))
        XCTAssertNil(parse("sep=;;\n"))          // more than one character
        XCTAssertNil(parse("sep=\"\n"))          // a quote cannot delimit
        XCTAssertNil(parse("separator=;\n"))
        XCTAssertNil(parse("sep="))
    }
}
