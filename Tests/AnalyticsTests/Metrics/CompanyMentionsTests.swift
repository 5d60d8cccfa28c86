import XCTest
@testable import Analytics

/// Company names found case-insensitively as whole words.
final class CompanyMentionsTests: XCTestCase {
    private let mentions = CompanyMentions(names: ["Acme", "ACME GmbH", ""])

    func testNamesInAnyCaseAndBetweenNonLetters() {
        for text in ["Mehr bei Acme.", "#acme #team", "acme-Jubiläum", "Team von ACME GmbH!", "ACME", "(Acme's)"] {
            XCTAssertTrue(mentions.areNamed(in: text), text)
        }
    }

    func testNamesInsideLongerWordsOrAbsent() {
        for text in ["Unser Partner Acmetal wächst.", "Macme", "acme2", "Ein neues Kapitel.", "", "Acm"] {
            XCTAssertFalse(mentions.areNamed(in: text), text)
        }
    }

    func testMultiWordNameNeedsBothWords() {
        let gmbh = CompanyMentions(names: ["ACME GmbH"])
        XCTAssertTrue(gmbh.areNamed(in: "bei der acme gmbh"))
        XCTAssertFalse(gmbh.areNamed(in: "bei der Acme AG"))
        XCTAssertFalse(gmbh.areNamed(in: "bei der Acme GmbHs"))
    }

    func testNoNamesNameNothing() {
        XCTAssertFalse(CompanyMentions(names: []).areNamed(in: "Acme"))
    }

    func testUmlautNamesAndNeighbours() {
        let mentions = CompanyMentions(names: ["Müller AG", "Acme"])
        XCTAssertTrue(mentions.areNamed(in: "Grüße von der MÜLLER AG!"))
        XCTAssertTrue(mentions.areNamed(in: "«Acme»"))
        XCTAssertTrue(mentions.areNamed(in: "Ärger bei Acme… gelöst"))
        XCTAssertFalse(mentions.areNamed(in: "Acmeä"))
        XCTAssertFalse(mentions.areNamed(in: "äAcme"))
        XCTAssertFalse(mentions.areNamed(in: "Obermüller AG"))
    }
}
