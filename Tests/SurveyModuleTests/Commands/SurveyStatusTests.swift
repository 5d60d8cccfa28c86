import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// `survey status`: answered, skipped and complete per respondent.
final class SurveyStatusTests: XCTestCase {
    func testCountsPerRespondent() throws {
        // anna: 5 answers + 1 skip = complete; ben: 2 answers then quit.
        let harness = try SurveyHarness.make(answers: ["1", "2", "3", "skip", "5", "4", "3", "3", "quit"])
        try harness.run("survey new v --instrument values-fit --values \"A;B;C\"")
        try harness.run("survey run v --respondent anna")
        try harness.run("survey run v --respondent ben --group it")
        let result = try harness.run("survey status v")
        let table = try CommandHarness.table(result)
        XCTAssertEqual(table.column(named: "answered")?.data, .from(cells: [.integer(5), .integer(2)], as: .integer))
        XCTAssertEqual(table.column(named: "skipped")?.data, .from(cells: [.integer(1), .integer(0)], as: .integer))
        XCTAssertEqual(table.column(named: "complete")?.data[0], .text("true"))
        XCTAssertEqual(table.column(named: "complete")?.data[1], .text("false"))
    }
}
