@testable import ExportModule
import XCTest

/// Escaping texts for XML parts.
final class XMLTextTests: XCTestCase {
    func testEntitiesAndControlCharacters() {
        XCTAssertEqual(XMLText.escaped("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        XCTAssertEqual(XMLText.escaped("it's"), "it&#39;s")
        // A vertical tab (0x0B) cannot appear in XML 1.0 and is left out; tab and newline stay; CR becomes &#13;.
        XCTAssertEqual(XMLText.escaped("a\u{0B}b\tc\nd\re"), "ab\tc\nd&#13;e")
        XCTAssertEqual(XMLText.escaped("ä €"), "ä €")
    }

    func testNonCharactersAreLeftOutAndTheirNeighboursKept() {
        // U+FFFE and U+FFFF are not allowed in XML 1.0; U+FFFD (EF BF BD) and U+FFEE (EF BF AE) are.
        XCTAssertEqual(XMLText.escaped("a\u{FFFE}b\u{FFFF}c\u{FFFD}d\u{FFEE}"), "abc\u{FFFD}d\u{FFEE}")
        XCTAssertEqual(XMLText.escaped("\u{FFFF}"), "")
    }
}
