import ExportModule
import RapportCore
import XCTest

/// The module's command list.
final class ExportModuleTests: XCTestCase {
    func testRegistersExportAndReport() {
        XCTAssertEqual(ExportModule.commands.map(\.spec.name), ["export", "report"])
    }
}
