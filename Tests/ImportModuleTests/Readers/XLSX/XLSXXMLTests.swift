import Foundation
import XCTest
import RapportCore
@testable import ImportModule

/// The XML runner on parts built in the test, so sizes and defects are known by construction.
final class XLSXXMLTests: XCTestCase {
    func testPartsAboveTenMegabytesParse() throws {
        // 400,000 items of `<si><t>s000000</t></si>` (24 bytes each) make about 9.6 MB, plus the padding
        // of each text to 16 characters (9 more bytes an item): about 13 MB in all.
        let count = 400_000
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml.reserveCapacity(count * 34)
        for index in 0..<count { xml += "<si><t>s\(String(format: "%015d", index))</t></si>" }
        xml += "</sst>"
        XCTAssertGreaterThan(xml.utf8.count, 10_500_000)
        let shared = XLSXSharedStrings()
        try XLSXXML.parse(Data(xml.utf8), with: shared, part: "xl/sharedStrings.xml", file: "big.xlsx")
        XCTAssertEqual(shared.strings.count, count)
        XCTAssertEqual(shared.strings.last, "s000000000399999")
    }

    func testASyntaxErrorNamesItsLine() {
        let xml = "<sst>\n<si><t>a</t></si>\n<si><t>b</si>\n</sst>"
        XCTAssertThrowsError(try XLSXXML.parse(Data(xml.utf8), with: XLSXSharedStrings(), part: "xl/sharedStrings.xml", file: "x.xlsx")) {
            // Line 3 closes `si` while `t` is open.
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxBadXML("x.xlsx", part: "xl/sharedStrings.xml", line: 3))
        }
    }

    func testAPartThatIsNotUTF8NamesItsLineInsteadOfTrapping() {
        // Found by the xlsx fuzz target: a byte 0xFF in an element name trapped inside Foundation's parser.
        let xml = Data("<sst>\n<si><t>a</t></si>\n<s".utf8) + Data([0xFF]) + Data("i><t>b</t></si>\n</sst>".utf8)
        let part = "xl/sharedStrings.xml"
        XCTAssertThrowsError(try XLSXXML.parse(xml, with: XLSXSharedStrings(), part: part, file: "x.xlsx")) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.xlsxNotUTF8("x.xlsx", part: part, line: 3))
        }
    }

    func testPrefixedElementsReadByTheirLocalNames() throws {
        // Writers such as the Open XML SDK prefix every element (`x:si`); the namespace, not the prefix, counts.
        let xml = #"<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>hi</x:t></x:si></x:sst>"#
        let shared = XLSXSharedStrings()
        try XLSXXML.parse(Data(xml.utf8), with: shared, part: "xl/sharedStrings.xml", file: "x.xlsx")
        XCTAssertEqual(shared.strings, ["hi"])
    }
}
