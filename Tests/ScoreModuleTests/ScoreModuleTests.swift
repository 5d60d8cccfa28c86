import XCTest
import RapportCore
@testable import ScoreModule

/// The module's command list.
final class ScoreModuleTests: XCTestCase {
    func testCommandNamesAreUnique() {
        let names = ScoreModule.commands.map(\.spec.name)
        XCTAssertEqual(Set(names).count, names.count)
    }
}
