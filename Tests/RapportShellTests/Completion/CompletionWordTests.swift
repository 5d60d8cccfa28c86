import XCTest
@testable import RapportShell

/// CompletionWord: which word the cursor is in, with blanks, quotes and commas.
final class CompletionWordTests: XCTestCase {
    func testSplitsAtBlanks() {
        let (finished, current) = CompletionWord.split("show  posts li")
        XCTAssertEqual(finished, [CompletionWord(raw: "show", start: 0), CompletionWord(raw: "posts", start: 6)])
        XCTAssertEqual(current, CompletionWord(raw: "li", start: 12))
    }

    func testTrailingBlankStartsAnEmptyWord() {
        let (finished, current) = CompletionWord.split("show ")
        XCTAssertEqual(finished.map(\.raw), ["show"])
        XCTAssertEqual(current, CompletionWord(raw: "", start: 5))
    }

    func testBlanksInsideQuotesDoNotSplit() {
        let (finished, current) = CompletionWord.split("show \"my posts\" by `Page to")
        XCTAssertEqual(finished.map(\.raw), ["show", "\"my posts\"", "by"])
        XCTAssertEqual(current.raw, "`Page to")
        XCTAssertEqual(current.value, "Page to")
        XCTAssertEqual(finished[1].value, "my posts")
    }

    func testPartAfterLastCommaOutsideQuotes() {
        let word = CompletionWord(raw: "a,`b, c`,d", start: 3)
        XCTAssertEqual(word.afterLastComma, CompletionWord(raw: "d", start: 12))
        XCTAssertEqual(CompletionWord(raw: "a,`b, c", start: 0).afterLastComma, CompletionWord(raw: "`b, c", start: 2))
        XCTAssertEqual(CompletionWord(raw: "abc", start: 4).afterLastComma, CompletionWord(raw: "abc", start: 4))
    }
}
