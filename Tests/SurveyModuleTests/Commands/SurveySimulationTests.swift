import RapportCore
import XCTest
@testable import SurveyModule

/// Simulated respondents: valid answers, the same for the same seed, following the chosen profile.
final class SurveySimulationTests: XCTestCase {
    func testSimulatedAnswersAreValidAndRepeatable() throws {
        let first = try SurveyHarness.make()
        try first.run("survey new team --instrument culture-profile")
        try first.run("survey simulate team 5 --seed 11 --groups \"a;b\"")
        let numbers = try SurveyHarness.texts(first, "team", "numbers")
        XCTAssertEqual(numbers.count, 5 * 12)
        for line in numbers {
            let points = try XCTUnwrap(line).split(separator: " ").compactMap { Int($0) }
            XCTAssertEqual(points.count, 4)
            XCTAssertEqual(points.reduce(0, +), 100, "every simulated answer splits exactly 100 points")
            XCTAssertTrue(points.allSatisfy { $0 >= 0 })
        }
        XCTAssertEqual(try SurveyHarness.texts(first, "team", "group").prefix(13), Array(repeating: "a", count: 12) + ["b"])
        let second = try SurveyHarness.make()
        try second.run("survey new team --instrument culture-profile")
        try second.run("survey simulate team 5 --seed 11 --groups \"a;b\"")
        XCTAssertEqual(try SurveyHarness.texts(second, "team", "numbers"), numbers)
    }

    func testSimulatedProfileFollowsTheTarget() throws {
        let harness = try SurveyHarness.make()
        try harness.run("survey new team --instrument culture-profile")
        try harness.run("survey simulate team 300 --seed 5 --now \"60 20 10 10\" --preferred \"10 10 20 60\"")
        try harness.run("survey results team")
        // The noise is symmetric around each target before rescaling to 100, so 300 respondents land close to it.
        let now = try harness.numbers("team-profile", "now_mean").map { try XCTUnwrap($0) }
        let preferred = try harness.numbers("team-profile", "preferred_mean").map { try XCTUnwrap($0) }
        XCTAssertGreaterThan(now[0], 50)
        XCTAssertLessThan(now[3], 20)
        XCTAssertGreaterThan(preferred[3], 50)
    }

    func testLikertSimulationStaysOnTheScale() throws {
        let harness = try SurveyHarness.make()
        try harness.run("survey new v --instrument values-fit --values \"Bold;Humble;Curious\"")
        try harness.run("survey simulate v 40")
        let ratings = try SurveyHarness.texts(harness, "v", "numbers").map { Int(try XCTUnwrap($0))! }
        XCTAssertEqual(ratings.count, 40 * 6)
        XCTAssertTrue(ratings.allSatisfy { (1...5).contains($0) })
        XCTAssertGreaterThan(Set(ratings).count, 2, "the ratings spread over the scale")
    }

    func testBadProfileIsRefused() throws {
        let harness = try SurveyHarness.make()
        try harness.run("survey new team --instrument culture-profile")
        XCTAssertEqual(harness.error("survey simulate team 3 --now \"50 50\"")?.message.en,
                       "'50 50' is no profile: give 4 numbers of 0 or more, not all 0")
        XCTAssertEqual(harness.error("survey simulate team 3 --now \"1e308 1e308 1 1\"")?.message.en,
                       "'1e308 1e308 1 1' is no profile: give 4 numbers of 0 or more, not all 0")
        XCTAssertEqual(harness.error("survey simulate team 0")?.message.en, "'0' is not a number of respondents from 1 to 10000")
    }
}
