import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// Results and fit against values computed independently: by hand, and with Python on fixture responses
/// (Fixtures/make_survey_reference.py writes Fixtures/survey_reference.json).
final class SurveyResultsTests: XCTestCase {
    /// Six identical dimensions per round, so a respondent's profile equals the one line given.
    private func respondent(now: String, preferred: String) -> [String] {
        Array(repeating: now, count: 6) + Array(repeating: preferred, count: 6)
    }

    func testIpsativeProfileByHand() throws {
        let lines = respondent(now: "40 30 20 10", preferred: "40 40 10 10")
            + respondent(now: "20 30 20 30", preferred: "50 30 10 10")
            + respondent(now: "30 30 20 20", preferred: "30 20 40 10")
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile")
        for name in ["a", "b", "c"] { try harness.run("survey run team --respondent \(name)") }
        try harness.run("survey results team")
        // collaborate now: (40 + 20 + 30) / 3 = 30, SD = √(((10)² + (−10)² + 0²) / 2) = 10;
        // preferred: (40 + 50 + 30) / 3 = 40, gap 40 − 30 = 10 → flagged.
        // create now: 30, SD 0; preferred (40 + 30 + 20) / 3 = 30; gap 0.
        // compete now: 20; preferred (10 + 10 + 40) / 3 = 20; gap 0.
        // control now: (10 + 30 + 20) / 3 = 20, SD 10; preferred 10; gap −10 → flagged.
        XCTAssertEqual(try harness.numbers("team-profile", "now_mean"), [30, 30, 20, 20])
        XCTAssertEqual(try harness.numbers("team-profile", "now_sd"), [10, 0, 0, 10])
        XCTAssertEqual(try harness.numbers("team-profile", "preferred_mean"), [40, 30, 20, 10])
        XCTAssertEqual(try harness.numbers("team-profile", "gap"), [10, 0, 0, -10])
        XCTAssertEqual(try SurveyHarness.texts(harness, "team-profile", "flag"), ["gap ≥ 10", nil, nil, "gap ≥ 10"])
        XCTAssertEqual(try harness.numbers("team-scores", "now_collaborate"), [40, 20, 30])
    }

    func testStoredResultsKeepEnglishNamesInAGermanSessionWhileTheTablesShownSpeakGerman() throws {
        let lines = respondent(now: "40 30 20 10", preferred: "40 40 10 10")
            + respondent(now: "20 30 20 30", preferred: "50 30 10 10")
            + respondent(now: "30 30 20 20", preferred: "30 20 40 10")
        let harness = try SurveyHarness.make(answers: lines, language: .de)
        try harness.run("survey new team --instrument culture-profile")
        for name in ["a", "b", "c"] { try harness.run("survey run team --respondent \(name) --group sales") }
        let result = try harness.run("survey results team --by group")
        let stored = try harness.workspace.dataset(named: "team-profile")
        XCTAssertEqual(stored.columns.map(\.name), ["group", "culture type", "now_mean", "now_sd", "preferred_mean",
                                                      "preferred_sd", "gap", "flag", "respondents"])
        XCTAssertEqual(try SurveyHarness.texts(harness, "team-profile", "flag"), ["gap ≥ 10", nil, nil, "gap ≥ 10"])
        XCTAssertEqual(try harness.workspace.dataset(named: "team-scores").columns.prefix(3).map(\.name),
                       ["respondent", "group", "role"])
        let shown = result.blocks.compactMap { block -> Dataset? in
            if case .table(let table, _) = block { return table }
            return nil
        }
        XCTAssertEqual(shown.first?.columns.first?.name, "Gruppe", "the table shown speaks German")
        let fit = try harness.run("survey fit team --candidate a")
        XCTAssertEqual(try harness.workspace.dataset(named: "team-fit").columns.map(\.name),
                       ["candidate", "against", "r", "distance", "fit", "respondents"])
        guard case .object(let fields)? = Optional(fit.json), let columns = fields.first(where: { $0.0 == "columns" })?.1,
              case .array(let list) = columns, case .object(let first)? = list.first else {
            return XCTFail("the fit's JSON is a table")
        }
        XCTAssertEqual(first.first { $0.0 == "name" }?.1, .string("candidate"), "JSON is never localised")
    }

    func testValueRatingsByHand() throws {
        // Three respondents rate "Bold" and "Humble": describes, importance for each value in turn.
        let lines = ["5", "4", "1", "2"] + ["3", "4", "2", "2"] + ["4", "4", "3", "5"]
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new v --instrument values-fit --values \"Bold;Humble\"")
        for name in ["a", "b", "c"] { try harness.run("survey run v --respondent \(name)") }
        try harness.run("survey results v")
        // Bold describes (5 + 3 + 4) / 3 = 4, SD 1; Bold importance 4, SD 0;
        // Humble describes (1 + 2 + 3) / 3 = 2, SD 1; Humble importance (2 + 2 + 5) / 3 = 3, SD √3.
        XCTAssertEqual(try SurveyHarness.texts(harness, "v-items", "label"),
                       ["Bold: describes", "Bold: importance", "Humble: describes", "Humble: importance"])
        XCTAssertEqual(try harness.numbers("v-items", "mean"), [4, 4, 2, 3])
        let sds = try harness.numbers("v-items", "sd").map { try XCTUnwrap($0) }
        XCTAssertEqual(sds[0], 1, accuracy: 1e-12)
        XCTAssertEqual(sds[3], 3.0.squareRoot(), accuracy: 1e-12)
        // Scale describes per respondent: a (5 + 1) / 2 = 3, b (3 + 2) / 2 = 2.5, c (4 + 3) / 2 = 3.5 → mean 3.
        XCTAssertEqual(try harness.numbers("v-scores", "describes"), [3, 2.5, 3.5])
        XCTAssertEqual(try harness.numbers("v-profile", "mean")[0], 3)
    }

    func testSmallGroupsAreWithheld() throws {
        let lines = (0..<4).flatMap { _ in respondent(now: "25 25 25 25", preferred: "25 25 25 25") }
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile --anonymous")
        for group in ["x", "x", "x", "y"] { try harness.run("survey run team --group \(group)") }
        let result = try harness.run("survey results team --by group")
        XCTAssertEqual(Set(try SurveyHarness.texts(harness, "team-profile", "group")), ["x"])
        let warnings = result.blocks.compactMap { block -> String? in
            if case .warning(let message) = block { return message.en }
            return nil
        }
        XCTAssertEqual(warnings, ["results for y are withheld: fewer than 3 respondents"])
        XCTAssertEqual(harness.error("survey fit team --candidate r001 --against respondent:r002")?.message.en,
                       "this survey is anonymous: fit against a single respondent is refused")
        XCTAssertEqual(harness.error("survey fit team --candidate r001 --against group:y")?.message.en,
                       "results for y are withheld: fewer than 3 respondents")
    }

    func testLikertScalesAndAlphaMatchPython() throws {
        let reference = try SurveyHarness.reference()
        let answers = try XCTUnwrap(reference["likert_answers"] as? [[Int]])
        let harness = try SurveyHarness.make(answers: answers.flatMap { $0.map(String.init) })
        try harness.run("survey instrument add \(SurveyHarness.fixtures.appendingPathComponent("team-climate.json").path)")
        try harness.run("survey new climate --instrument team-climate")
        for index in answers.indices { try harness.run("survey run climate --respondent p\(index)") }
        try harness.run("survey results climate")
        let expected = try XCTUnwrap(reference["likert_expected"] as? [String: [String: Double]])
        XCTAssertEqual(try SurveyHarness.texts(harness, "climate-profile", "scale"), ["openness", "care"])
        for (row, scale) in ["openness", "care"].enumerated() {
            let values = try XCTUnwrap(expected[scale])
            XCTAssertEqual(try harness.numbers("climate-profile", "alpha")[row]!, values["alpha"]!, accuracy: 1e-12)
            XCTAssertEqual(try harness.numbers("climate-profile", "mean")[row]!, values["mean"]!, accuracy: 1e-12)
            XCTAssertEqual(try harness.numbers("climate-profile", "sd")[row]!, values["sd"]!, accuracy: 1e-12)
        }
        XCTAssertEqual(try harness.numbers("climate-profile", "alpha n"), [8, 8])
    }

    func testCultureProfileAndFitMatchPython() throws {
        let reference = try SurveyHarness.reference()
        let answers = try XCTUnwrap(reference["ipsative_answers"] as? [[[Int]]])
        let lines = answers.flatMap { $0.map { $0.map(String.init).joined(separator: " ") } }
        let harness = try SurveyHarness.make(answers: lines)
        try harness.run("survey new team --instrument culture-profile")
        for index in 0..<6 { try harness.run("survey run team --respondent e\(index)") }
        try harness.run("survey run team --respondent cand --role candidate")
        try harness.run("survey results team")
        let expected = try XCTUnwrap(reference["ipsative_expected"] as? [String: Any])
        for column in ["now_mean", "now_sd", "preferred_mean", "preferred_sd", "gap"] {
            let values = try XCTUnwrap(expected[column] as? [Double])
            let actual = try harness.numbers("team-profile", column)
            for index in values.indices { XCTAssertEqual(actual[index]!, values[index], accuracy: 1e-9, column) }
        }
        try harness.run("survey fit team --candidate cand")
        XCTAssertEqual(try harness.numbers("team-fit", "r")[0]!, try XCTUnwrap(expected["fit_r"] as? Double), accuracy: 1e-12)
        XCTAssertEqual(try harness.numbers("team-fit", "distance")[0]!, try XCTUnwrap(expected["fit_distance"] as? Double),
                       accuracy: 1e-9)
        XCTAssertEqual(try harness.numbers("team-fit", "respondents"), [6])
    }
}
