import XCTest
@testable import RapportCore

/// Lines wider than the terminal break at blanks, never inside a word.
final class TextWrapperTests: XCTestCase {
    func testALongSentenceBreaksAtTheLastBlankThatFits() {
        // "das deutlichste Paar" is 20 columns; with width 16 the first line can hold "das deutlichste"
        // (15 columns), "Paar" goes on.
        let wrapped = TextWrapper(width: 16).wrap("das deutlichste Paar")
        XCTAssertEqual(wrapped, "das deutlichste\nPaar")
    }

    func testContinuationLinesKeepTheIndentation() {
        // "  eins zwei drei" is 16 columns; width 12 fits "  eins zwei" (11), then "  drei".
        XCTAssertEqual(TextWrapper(width: 12).wrap("  eins zwei drei"), "  eins zwei\n  drei")
    }

    func testLinesThatFitAndLinesWithoutBlanksStayAsTheyAre() {
        let text = "kurz\nÜberlängeohneleerzeichen\n"
        XCTAssertEqual(TextWrapper(width: 10).wrap(text), text)
    }

    func testLinesWithEscapeCodesAreLeftAlone() {
        let coloured = "\u{1B}[1mfett und sehr lang\u{1B}[0m"
        XCTAssertEqual(TextWrapper(width: 8).wrap(coloured), coloured)
    }

    func testWideCharactersCountTwoColumns() {
        // "😀😀 ab" takes 2 + 2 + 1 + 2 = 7 columns: too wide for 6, so it breaks after the emoji.
        XCTAssertEqual(TextWrapper(width: 6).wrap("😀😀 ab"), "😀😀\nab")
    }

    func testBulletsAndFlagDescriptionsHangUnderTheirText() {
        // "· geteilt durch reach" is 21 columns; width 16 fits "· geteilt durch" (15), "reach" hangs under "geteilt".
        XCTAssertEqual(TextWrapper(width: 16).wrap("· geteilt durch reach"), "· geteilt durch\n  reach")
        // The description starts at column 12 (2 blanks + "--unit U" 8 + 2 blanks); "  --unit U  follower oder post"
        // takes 12 + 18 = 30 columns, so "je Beitrag" goes on a line indented by 12.
        let flag = "  --unit U  follower oder post je Beitrag"
        XCTAssertEqual(TextWrapper(width: 30).wrap(flag), "  --unit U  follower oder post\n            je Beitrag")
    }
}
