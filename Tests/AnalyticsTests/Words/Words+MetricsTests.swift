import RapportCore
import XCTest
@testable import Analytics

/// The note on a rate's denominator names what is missing in German too.
final class WordsMetricsTests: XCTestCase {
    func testDenominatorNoteSaysWhichValueIsMissing() {
        let note = Words.usedDenominator(.impressions, column: "Impressions")
        XCTAssertEqual(note.en, "divided by impressions (column 'Impressions'); posts where it is missing or 0 are left out")
        XCTAssertEqual(note.de, "geteilt durch impressions (Spalte 'Impressions'); Beiträge, bei denen dieser Wert fehlt oder 0 ist, "
                       + "bleiben außen vor")
    }
}
