@testable import RapportCore
import XCTest

/// Which texts get the apostrophe that stops spreadsheets from running them.
final class FormulaGuardTests: XCTestCase {
    private func needsPrefix(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { FormulaGuard.needsPrefix($0) }
    }

    func testFormulaStartersAreNeutralised() {
        for hostile in ["=1+1", "=HYPERLINK(\"http://x\")", "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "-", "+", "-cmd|' /C calc'!A0"] {
            XCTAssertTrue(needsPrefix(hostile), hostile)
        }
    }

    func testPlainNumbersAndOrdinaryTextStayAsTheyAre() {
        for harmless in ["-5", "+3.5", "-0,25", "12", "hello", "", " =1+1", "a=b", "ä"] {
            XCTAssertFalse(needsPrefix(harmless), harmless)
        }
    }

    func testSignedTextThatOnlyStartsLikeANumberIsNeutralised() {
        for hostile in ["-5+1", "+3.", "-1.2.3", "-5e3"] {
            XCTAssertTrue(needsPrefix(hostile), hostile)
        }
    }
}
