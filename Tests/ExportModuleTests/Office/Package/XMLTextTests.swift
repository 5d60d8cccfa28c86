@testable import ExportModule
import XCTest

/// Escaping texts for SpreadsheetML.
final class XMLTextTests: XCTestCase {
    func testEntitiesAndControlCharacters() {
        XCTAssertEqual(XMLText.escaped("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        // A vertical tab (0x0B) cannot appear in XML 1.0 and is left out; tab and newline stay; CR becomes &#13;.
        XCTAssertEqual(XMLText.escaped("a\u{0B}b\tc\nd\re"), "ab\tc\nd&#13;e")
        XCTAssertEqual(XMLText.escaped("ä €"), "ä €")
    }
}
