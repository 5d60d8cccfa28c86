import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// Scripted runs: answers as the next lines, kept one by one, errors with FILE:LINE, resuming, privacy.
final class SurveyRunningTests: XCTestCase {
    /// Twelve answer lines for the culture profile: six "now", six "preferred".
    private static let twelve = ["40 30 20 10", "25 25 25 25", "10 20 30 40", "a=70 d=30", "50 0 50 0", "30 30 20 20",
                                 "10 10 40 40", "20 20 30 30", "25 25 25 25", "40 40 10 10", "0 0 50 50", "100 0 0 0"]

    func testScriptedRunStoresEveryAnswerAsGiven() throws {
        let harness = try SurveyHarness.make(answers: SurveyRunningTests.twelve)
        try harness.run("survey new team --instrument culture-profile")
        let result = try harness.run("survey run team --respondent anna --group sales")
        XCTAssertEqual(result.json["message"]?.stringValue, "anna has answered all 12 items of team")
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "answer"), SurveyRunningTests.twelve.map { $0 })
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "numbers")[3], "70 0 0 30")
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "question")[6], "preferred.character")
        XCTAssertEqual(Set(try SurveyHarness.texts(harness, "team", "group")), ["sales"])
    }

    func testBadAnswerIsAnErrorWithFileAndLineAndEarlierAnswersStay() throws {
        var lines = Array(SurveyRunningTests.twelve.prefix(2))
        lines.append("# a comment line is skipped")
        lines.append("40 30 10 10")
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile")
        let error = try XCTUnwrap(harness.error("survey run team --respondent anna"))
        XCTAssertEqual(error.message.en, "these add up to 90; 100 are needed")
        XCTAssertEqual(error.position, SourcePosition(file: "answers.rap", line: 4))
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "answer"), ["40 30 20 10", "25 25 25 25"])
    }

    func testACommandReadAsAnAnswerSaysAnswersMayBeMissing() throws {
        let harness = try SurveyHarness.make(answers: Array(SurveyRunningTests.twelve.prefix(11)) + ["survey results team"])
        try harness.run("survey new team --instrument culture-profile")
        let error = try XCTUnwrap(harness.error("survey run team --respondent anna"))
        XCTAssertTrue(error.message.en.hasSuffix(" — " + Words.answerLooksLikeCommand.en), error.message.en)
        XCTAssertEqual(error.position, SourcePosition(file: "answers.rap", line: 12))
    }

    func testResumeStartsAtTheFirstUnansweredItem() throws {
        let lines = Array(SurveyRunningTests.twelve.prefix(3)) + ["quit"] + Array(SurveyRunningTests.twelve.dropFirst(3))
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile")
        let stopped = try harness.run("survey run team --respondent anna")
        XCTAssertEqual(stopped.json["answered"], .integer(3))
        let resumed = try harness.run("survey run team --respondent anna")
        XCTAssertEqual(resumed.json["complete"], .bool(true))
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "question").count, 12)
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "question")[3], "now.glue")
    }

    func testBackReplacesTheAnswerBefore() throws {
        let lines = ["40 30 20 10", "back", "10 20 30 40"] + Array(SurveyRunningTests.twelve.dropFirst())
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile")
        try harness.run("survey run team --respondent anna")
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "answer").first, "10 20 30 40")
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "answer").count, 12)
    }

    func testAnswersEndingEarlyIsAnErrorKeepingTheAnswers() throws {
        let harness = try SurveyHarness.make(answers: ["40 30 20 10"])
        try harness.run("survey new team --instrument culture-profile")
        let error = try XCTUnwrap(harness.error("survey run team --respondent anna"))
        XCTAssertEqual(error.position, SourcePosition(file: "answers.rap", line: 2))
        XCTAssertEqual(try SurveyHarness.texts(harness, "team", "answer"), ["40 30 20 10"])
    }

    func testSkipOnlyWhereAllowed() throws {
        let harness = try SurveyHarness.make(answers: ["skip", "4", "5", "2", "skip"])
        try harness.run("survey new v --instrument values-fit --values \"Bold;Humble\"")
        try harness.run("survey run v --respondent anna")
        XCTAssertEqual(try SurveyHarness.texts(harness, "v", "numbers"), [nil, "4", "5", "2"])
        let profile = try SurveyHarness.make(answers: ["skip"])
        try profile.run("survey new team --instrument culture-profile")
        XCTAssertEqual(profile.error("survey run team")?.message.en, "this survey does not allow skipping an item")
    }

    func testWithoutAnswerInputTheRunIsRefused() throws {
        let harness = try CommandHarness(commands: SurveyModule.commands)
        try harness.run("survey new team --instrument culture-profile")
        XCTAssertTrue(harness.error("survey run team")?.message.en.hasPrefix("a survey cannot be answered here") ?? false)
    }

    func testAnonymousSurveysGenerateIds() throws {
        let harness = try SurveyHarness.make(answers: SurveyRunningTests.twelve + SurveyRunningTests.twelve)
        try harness.run("survey new team --instrument culture-profile --anonymous")
        XCTAssertEqual(harness.error("survey run team --respondent anna")?.message.en,
                       "team is anonymous: leave out --respondent to get a generated id, or give a generated id to resume")
        XCTAssertEqual(try harness.run("survey run team").json["respondent"], .string("r001"))
        XCTAssertEqual(try harness.run("survey run team").json["respondent"], .string("r002"))
    }
}
