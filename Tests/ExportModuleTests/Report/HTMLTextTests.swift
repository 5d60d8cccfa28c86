@testable import ExportModule
import XCTest

/// Hostile texts become harmless character references.
final class HTMLTextTests: XCTestCase {
    func testScriptTagShowsAsText() {
        XCTAssertEqual(HTMLText.escaped("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;")
    }

    func testQuotesCannotCloseAnAttribute() {
        XCTAssertEqual(HTMLText.escaped("\" onmouseover='alert(1)'"), "&quot; onmouseover=&#39;alert(1)&#39;")
    }

    func testAmpersandIsEscapedFirstSoReferencesAreNotDecoded() {
        // "&lt;" typed by a stranger must show as "&lt;", so its & becomes &amp;.
        XCTAssertEqual(HTMLText.escaped("&lt;b&gt; & co"), "&amp;lt;b&amp;gt; &amp; co")
    }

    func testOrdinaryTextIsUnchanged() {
        XCTAssertEqual(HTMLText.escaped("Größe 5,0 % – ✓ 🎉"), "Größe 5,0 % – ✓ 🎉")
    }
}
