import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// `survey drop-response`: one respondent's answers go, the others stay.
final class ResponseDroppingTests: XCTestCase {
    /// Twelve answer lines for the culture profile: six "now", six "preferred".
    private static let twelve = ["40 30 20 10", "25 25 25 25", "10 20 30 40", "a=70 d=30", "50 0 50 0", "30 30 20 20",
                                 "10 10 40 40", "20 20 30 30", "25 25 25 25", "40 40 10 10", "0 0 50 50", "100 0 0 0"]

    func testDropResponseRemovesOneRespondent() throws {
        let harness = try SurveyHarness.make(answers: ResponseDroppingTests.twelve + ResponseDroppingTests.twelve)
        try harness.run("survey new team --instrument culture-profile")
        try harness.run("survey run team --respondent anna")
        try harness.run("survey run team --respondent ben")
        try harness.run("survey drop-response team anna")
        XCTAssertEqual(Set(try SurveyHarness.texts(harness, "team", "respondent")), ["ben"])
        XCTAssertEqual(harness.error("survey drop-response team anna")?.message.en.hasPrefix("no respondent 'anna' in team"), true)
    }
}
