import XCTest
@testable import RapportCore

/// Control characters from the data shown as visible escapes, as less and cat -v show them.
final class TerminalTextTests: XCTestCase {
    func testEscapeSequencesBecomeVisible() {
        // A window title (OSC 0 … BEL), a clipboard write (OSC 52 … ST) and a screen clear (CSI 2J), spelled by hand.
        XCTAssertEqual(TerminalText.visible("\u{1B}]0;pwned\u{07}post"), "^[]0;pwned^Gpost")
        XCTAssertEqual(TerminalText.visible("\u{1B}]52;c;aGk=\u{1B}\\"), "^[]52;c;aGk=^[\\")
        XCTAssertEqual(TerminalText.visible("\u{1B}[2Jx"), "^[[2Jx")
        XCTAssertEqual(TerminalText.visible("a\u{7F}b\u{00}c"), "a^?b^@c")
        XCTAssertEqual(TerminalText.visible("\u{9B}2J\u{85}"), "<U+009B>2J<U+0085>")
    }

    func testTabsAndLineBreaksAreVisibleInOneLineButKeptInMessages() {
        XCTAssertEqual(TerminalText.visible("a\tb\nc\r"), "a^Ib^Jc^M")
        XCTAssertEqual(TerminalText.visibleKeepingLines("a\tb\nc\r\u{1B}"), "a\tb\nc^M^[")
    }

    func testOrdinaryTextStaysAsItIs() {
        let text = "Zoë Müller · 3,5 % — 😀 漢字 \u{A0}"
        XCTAssertEqual(TerminalText.visible(text), text)
        XCTAssertEqual(TerminalText.visibleKeepingLines(text), text)
    }
}
