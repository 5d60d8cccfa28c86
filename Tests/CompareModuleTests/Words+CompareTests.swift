import RapportCore
import XCTest
@testable import CompareModule

/// The closing sentence of a comparison of several groups reads as German.
final class WordsCompareTests: XCTestCase {
    func testTheClearestPairSentenceInGerman() {
        let message = Words.groupsDiffer(4, metric: "engagement-rate", p: "p = 0,002", first: "Status", second: "Link",
                                         ratio: "2,77", low: "1,29", high: "5,17", pairP: "p = 0,003")
        XCTAssertEqual(message.de, "Die 4 Gruppen unterscheiden sich in engagement-rate (Kruskal-Wallis p = 0,002); das deutlichste Paar: "
                       + "Status erzielte das 2,77-Fache (95-%-KI 1,29–5,17) des Werts von Link (Holm-korrigiert: p = 0,003).")
    }
}
