import XCTest
@testable import Analytics

/// The German address rules on single texts, each case checked by hand against the documented word lists.
final class AddressWordsTests: XCTestCase {
    private func assertAddress(_ text: String, _ expected: ReaderAddress, line: UInt = #line) {
        XCTAssertEqual(AddressWords.address(of: text), expected, text, line: line)
    }

    func testInformalWordsInAnyCase() {
        assertAddress("Was meinst du dazu?", .informal)
        assertAddress("Dir gefällt's?", .informal)
        assertAddress("DU bist gefragt", .informal)
        assertAddress("Erzähl uns von deinem Projekt.", .informal)
        assertAddress("Wir freuen uns auf euch.", .informal)
        assertAddress("Das ist eure Bühne", .informal)
    }

    func testFormalWordsCapitalisedInsideASentence() {
        assertAddress("Wir zeigen Ihnen, wie es geht.", .formal)
        assertAddress("Danke für Ihr Vertrauen.", .formal)
        assertAddress("Neu: Sie können jetzt buchen.", .formal)
        assertAddress("Ärger? Schreiben Sie uns.", .formal)
    }

    func testSentenceStartsAndCaseMakeFormalWordsAmbiguous() {
        assertAddress("Sie fragen, wir antworten.", .neutral)
        assertAddress("Zum Schluss… Sie entscheiden.", .neutral)
        assertAddress("Gut.\nSie auch.", .neutral)
        assertAddress("Ihr seid großartig!", .neutral)
        assertAddress("SIE sind gefragt", .neutral)
        assertAddress("sie kommen morgen", .neutral)
        assertAddress("Das ist ihre Sache", .neutral)
    }

    func testLowerCaseIhrIsInformalEvenAsPossessive() {
        assertAddress("Habt ihr Fragen?", .informal)
        // The documented limit: 'mit ihr' (to her) reads as informal too.
        assertAddress("Mit ihr haben wir gesprochen.", .informal)
    }

    func testWholeWordsOnly() {
        assertAddress("Das Dirndl ist neu. Die Sieger stehen fest, duzen ist erlaubt.", .neutral)
        assertAddress("dudu ihrer Sie2", .neutral)
    }

    func testBothAndNeither() {
        assertAddress("Grüße an dich und Sie alle.", .both)
        assertAddress("Ein neues Kapitel beginnt.", .neutral)
        assertAddress("", .neutral)
    }
}
