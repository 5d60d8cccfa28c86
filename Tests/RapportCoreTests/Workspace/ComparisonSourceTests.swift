import RapportCore
import XCTest

/// The source a comparison records keeps its sentence in every language, whatever the group names hold.
final class ComparisonSourceTests: XCTestCase {
    func testSentenceSurvivesTheRoundTrip() throws {
        let sentence = Message(en: "\"a\"\nb earned 2 times <c>", de: "„a“\nb erzielte das 2-Fache {c}")
        let text = ComparisonSource(sentence: sentence).text
        XCTAssertTrue(text.hasPrefix("compare {"))
        XCTAssertFalse(text.contains("\n"), "one line, as a source is shown")
        XCTAssertEqual(ComparisonSource(source: text)?.sentence, sentence)
    }

    func testOtherSourcesCarryNoSentence() {
        XCTAssertNil(ComparisonSource(source: nil))
        XCTAssertNil(ComparisonSource(source: "compare"))
        XCTAssertNil(ComparisonSource(source: "compare --accounts"))
        XCTAssertNil(ComparisonSource(source: "score posts engagement-rate"))
        XCTAssertNil(ComparisonSource(source: "compare {\"en\": 1}"))
    }
}
