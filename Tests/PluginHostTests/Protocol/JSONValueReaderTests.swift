import RapportCore
import XCTest
@testable import PluginHost

/// Parsing one line of the protocol into a `JSONValue`.
final class JSONValueReaderTests: XCTestCase {
    func testObjectsKeepKeyOrderAndTellIntegersFromNumbers() throws {
        let value = try JSONValueReader.value(of: #"{"b": 1, "a": [2.5, -3, "x\n", true, null], "c": 1e2}"#)
        XCTAssertEqual(value, .object([("b", .integer(1)),
                                       ("a", .array([.number(2.5), .integer(-3), .string("x\n"), .bool(true), .null])),
                                       ("c", .number(100))]))
    }

    func testTrailingTextIsAFailureWithItsOffset() {
        XCTAssertThrowsError(try JSONValueReader.value(of: #"{"a": 1} x"#)) { error in
            // `{"a": 1}` is 8 bytes, then a blank: the trailing `x` is at offset 9.
            XCTAssertEqual((error as? JSONFailure)?.offset, 9)
        }
    }

    func testGarbageIsAFailure() {
        XCTAssertThrowsError(try JSONValueReader.value(of: "hello world"))
        XCTAssertThrowsError(try JSONValueReader.value(of: #"{"a": }"#))
        XCTAssertThrowsError(try JSONValueReader.value(of: ""))
    }
}
