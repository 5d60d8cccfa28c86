import XCTest
@testable import RapportShell

/// CandidateColumns: how completion candidates are laid out in columns.
final class CandidateColumnsTests: XCTestCase {
    func testFillsColumnsTopToBottom() {
        let text = CandidateColumns.layout(["a", "b", "c", "d", "e"], width: 9)
        XCTAssertEqual(text, "a  c  e\nb  d\n")
    }

    func testOneColumnWhenNamesAreWide() {
        XCTAssertEqual(CandidateColumns.layout(["posts", "pages"], width: 6), "posts\npages\n")
    }

    func testOneRowWhenAllFit() {
        XCTAssertEqual(CandidateColumns.layout(["shout", "show"], width: 80), "shout  show\n")
    }

    func testNothingForNoCandidates() {
        XCTAssertEqual(CandidateColumns.layout([], width: 80), "")
    }
}
