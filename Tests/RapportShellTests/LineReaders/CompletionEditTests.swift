import XCTest
@testable import RapportShell

/// CompletionEdit: what Tab inserts, lists or beeps for, by the candidates found.
final class CompletionEditTests: XCTestCase {
    func testNoCandidateBeeps() {
        XCTAssertEqual(CompletionEdit(typed: "xy", candidates: []), .beep)
    }

    func testOneCandidateIsFollowedByABlank() {
        XCTAssertEqual(CompletionEdit(typed: "sh", candidates: ["show"]), .replace("show "))
    }

    func testOneDirectoryGetsNoBlank() {
        XCTAssertEqual(CompletionEdit(typed: "ex", candidates: ["exports/"]), .replace("exports/"))
    }

    func testTheColumnOfARoleAssignmentGetsNoBlank() {
        XCTAssertEqual(CompletionEdit(typed: "li", candidates: ["likes="]), .replace("likes="))
    }

    func testSeveralInsertTheirCommonPrefix() {
        XCTAssertEqual(CompletionEdit(typed: "s", candidates: ["shout", "show"]), .replace("sho"))
        XCTAssertEqual(CompletionEdit(typed: "P", candidates: ["`Page total`", "`Page views`"]), .replace("`Page "))
    }

    func testSeveralAreListedWhenNothingCanBeAdded() {
        XCTAssertEqual(CompletionEdit(typed: "sho", candidates: ["shout", "show"]), .list(["shout", "show"]))
        XCTAssertEqual(CompletionEdit(typed: "Pa", candidates: ["Pages", "`Page x`"]), .list(["Pages", "`Page x`"]))
    }

    func testCommonPrefixComparesCharacters() {
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["Größe", "Grün", "Gr"]), "Gr")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix(["Größe a", "Größe b"]), "Größe ")
        XCTAssertEqual(CompletionEdit.longestCommonPrefix([]), "")
    }
}
