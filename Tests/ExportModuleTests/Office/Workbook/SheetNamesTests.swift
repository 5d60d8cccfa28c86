@testable import ExportModule
import XCTest

/// Sheet names Excel accepts: short, without forbidden characters, distinct, readable.
final class SheetNamesTests: XCTestCase {
    func testForbiddenCharactersBecomeDashesAndEndApostrophesGo() {
        XCTAssertEqual(SheetNames.names(["a[b]c:d*e?f/g\\h", "'quoted'", " x\u{0B}y "]),
                       ["a-b-c-d-e-f-g-h", "quoted", "x-y"])
    }

    func testLongNamesKeepTheirStartAndEndAndRepeatsGetANumber() {
        let long = "posts-engagement-rate-by-voice-and-platform"
        let pairs = long + "-pairs"
        // 31 characters: 15 from the start, "…", 15 from the end, separators at the cut dropped.
        XCTAssertEqual(SheetNames.names([long, pairs]), ["posts-engagemen…ce-and-platform",
                                                          "posts-engagemen…platform-pairs"])
        XCTAssertEqual(SheetNames.names(["Posts", "posts", "POSTS"]), ["Posts", "posts (2)", "POSTS (3)"])
        XCTAssertEqual(SheetNames.names(["History", ""]), ["History (2)", "sheet"])
        XCTAssertEqual(SheetNames.names([""], language: .de), ["Tabelle"])
    }

    func testEveryNameIsAtMost31UnitsAndDistinctIgnoringCase() {
        let wished = (0..<40).map { "a-very-long-dataset-name-that-repeats-\($0 % 3)" } + ["🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉"]
        let names = SheetNames.names(wished)
        XCTAssertTrue(names.allSatisfy { $0.utf16.count <= 31 && !$0.isEmpty }, "\(names)")
        XCTAssertEqual(Set(names.map { $0.lowercased() }).count, names.count)
    }
}
