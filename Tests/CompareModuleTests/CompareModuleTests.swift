import CompareModule
import RapportCore
import XCTest

/// The module's command list.
final class CompareModuleTests: XCTestCase {
    func testRegistersCompare() {
        XCTAssertEqual(CompareModule.commands.map(\.spec.name), ["compare"])
    }
}
