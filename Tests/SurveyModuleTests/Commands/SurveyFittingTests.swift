import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// `survey fit` by hand: correlation, distance and band against one respondent.
final class SurveyFittingTests: XCTestCase {
    /// Six identical dimensions per round, so a respondent's profile equals the one line given.
    private func respondent(now: String, preferred: String) -> [String] {
        Array(repeating: now, count: 6) + Array(repeating: preferred, count: 6)
    }

    func testFitByHandAgainstARespondent() throws {
        let lines = respondent(now: "40 30 20 10", preferred: "40 30 20 10")
            + respondent(now: "10 20 30 40", preferred: "10 20 30 40")
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new hire --instrument culture-profile")
        try harness.run("survey run hire --respondent anna")
        try harness.run("survey run hire --respondent cand --role candidate")
        try harness.run("survey fit hire --candidate cand --against respondent:anna")
        // (10 20 30 40) against (40 30 20 10): deviations (−15 −5 5 15) and (15 5 −5 −15), r = −500/500 = −1;
        // distance √(30² + 10² + 10² + 30²) = √2000.
        XCTAssertEqual(try harness.numbers("hire-fit", "r"), [-1])
        XCTAssertEqual(try harness.numbers("hire-fit", "distance")[0]!, 2000.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try SurveyHarness.texts(harness, "hire-fit", "fit"), ["opposed"])
    }
}
