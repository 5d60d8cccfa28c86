import RapportCore
import XCTest

/// `~` in paths, read as a shell reads it.
final class HomePathTests: XCTestCase {
    func testATildeAtTheStartIsTheHomeFolder() {
        XCTAssertEqual(HomePath.expanding("~", home: "/h/ann"), "/h/ann")
        XCTAssertEqual(HomePath.expanding("~/exports/may.csv", home: "/h/ann"), "/h/ann/exports/may.csv")
        XCTAssertEqual(HomePath.expanding("exports/~may.csv", home: "/h/ann"), "exports/~may.csv")
        XCTAssertEqual(HomePath.expanding("/tmp/x", home: "/h/ann"), "/tmp/x")
    }

    func testHomeIsTheVariableWhenSet() {
        XCTAssertEqual(HomePath.home(["HOME": "/h/bob"]), "/h/bob")
        XCTAssertEqual(HomePath.home(["HOME": ""]), NSHomeDirectory(), "an empty HOME is no home")
    }
}
