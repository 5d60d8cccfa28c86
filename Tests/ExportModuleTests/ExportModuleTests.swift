import ExportModule
import RapportCore
import XCTest

/// The module's command list.
final class ExportModuleTests: XCTestCase {
    func testRegistersReport() {
        XCTAssertEqual(ExportModule.commands.map(\.spec.name), ["report"])
    }
}
