import XCTest
@testable import ImportModule

/// The legacy Facebook Insights line of column descriptions after the header; offsets counted by hand.
final class DescriptionLineTests: XCTestCase {
    private func end(_ text: String, at start: Int, width: Int) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            DescriptionLine.end(RecordScanner(base: buffer.baseAddress!, limit: buffer.count, delimiter: UInt8(ascii: ",")),
                                at: start, width: width)
        }
    }

    func testATextLineAboveNumbersIsFound() {
        // Python: len(line.encode()) is 42 for the header and 89 for the descriptions.
        let text = "Date,Lifetime Total Likes,Daily New Likes\n"
            + "\"Date\",\"Lifetime: The total number of people who have liked your Page.\",Daily: new likes\n"
            + "2014-01-01,1200,3\n2014-01-02,\"1,204\",4\n"
        XCTAssertEqual(end(text, at: 42, width: 3), 42 + 89)
    }

    func testDataAndMissingValuesAreNoDescription() {
        XCTAssertNil(end("a,b,c\nx,1,2\ny,3,4\n", at: 6, width: 3))          // a number in line 2
        XCTAssertNil(end("a,b\nx,y\nz,w\n", at: 4, width: 2))                 // text below too
        XCTAssertNil(end("a,b\nabout a,about b\n1,x\n", at: 4, width: 2))     // only one numeric column below
        XCTAssertNil(end("a\ndescribes a\n1\n", at: 2, width: 1))             // one column cannot tell
        XCTAssertNil(end("a,b\nabout a\n1,2\n", at: 4, width: 2))             // ragged
    }
}
