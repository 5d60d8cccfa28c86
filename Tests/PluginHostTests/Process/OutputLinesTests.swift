import XCTest
@testable import PluginHost

/// Splitting a plugin's output into lines, and the byte limit.
final class OutputLinesTests: XCTestCase {
    func testLinesWrittenInPiecesComeOutWhole() {
        var lines = OutputLines(limit: 1_000)
        XCTAssertTrue(lines.take(ArraySlice("ab".utf8)))
        XCTAssertNil(lines.next(), "no newline yet")
        XCTAssertTrue(lines.take(ArraySlice("c\nd\nrest".utf8)))
        XCTAssertEqual(lines.next(), "abc")
        XCTAssertEqual(lines.next(), "d")
        XCTAssertNil(lines.next(), "a last piece without a newline is not an answer")
    }

    func testMoreThanTheLimitOverflows() {
        var lines = OutputLines(limit: 10)
        XCTAssertTrue(lines.take(ArraySlice("01234\n".utf8)))
        XCTAssertFalse(lines.take(ArraySlice("56789".utf8)), "11 bytes are more than 10")
        XCTAssertTrue(lines.overflowed)
    }
}
