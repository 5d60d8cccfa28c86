import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// `survey instrument add`: a checked file is kept in the workspace; its id cannot be taken twice.
final class InstrumentAddingTests: XCTestCase {
    func testInstrumentAddKeepsTheFileInTheWorkspace() throws {
        let harness = try SurveyHarness.make()
        let path = SurveyHarness.fixtures.appendingPathComponent("team-climate.json").path
        try harness.run("survey instrument add \(path)")
        let table = try CommandHarness.table(try harness.run("survey instruments"))
        XCTAssertEqual(table.column(named: "id")?.data[2], .text("team-climate"))
        XCTAssertTrue(harness.error("survey instrument add \(path)")?.message.en.hasPrefix("an instrument 'team-climate' exists") ?? false)
    }
}
