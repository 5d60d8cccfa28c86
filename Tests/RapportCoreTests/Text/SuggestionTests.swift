import XCTest
@testable import RapportCore

/// Suggestion: the edit distance and when a name is close enough to suggest.
final class SuggestionTests: XCTestCase {
    func testEditDistanceCountsTranspositionsAsOne() {
        XCTAssertEqual(Suggestion.editDistance("scroe", "score"), 1)
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
    }

    func testClosestOnlyWhenLikelyATypo() {
        XCTAssertEqual(Suggestion.closest(to: "imprt", among: ["import", "export", "show"]), "import")
        XCTAssertNil(Suggestion.closest(to: "xyz", among: ["import", "export"]))
    }
}
