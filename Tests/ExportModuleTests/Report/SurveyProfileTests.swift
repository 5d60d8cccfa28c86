@testable import ExportModule
import RapportCore
import XCTest

/// The column convention that makes a dataset a survey profile.
final class SurveyProfileTests: XCTestCase {
    func testDatasetWithTypeNowAndPreferredIsAProfile() throws {
        let dataset = Dataset(name: "culture", columns: [
            Column.text("Type", ["Clan", "Market"]), Column.integer("now", [60, nil]), Column.decimal("preferred", [40.5, 59.5]),
        ])
        let profile = try XCTUnwrap(SurveyProfile(dataset))
        XCTAssertEqual(profile.types, ["Clan", "Market"])
        XCTAssertEqual(profile.now[0], 60)
        XCTAssertTrue(profile.now[1].isNaN, "missing stays missing")
        XCTAssertEqual(profile.preferred, [40.5, 59.5])
    }

    func testMissingColumnOrTextScoresAreNoProfile() {
        XCTAssertNil(SurveyProfile(Dataset(name: "x", columns: [Column.text("type", ["a"]), Column.integer("now", [1])])))
        XCTAssertNil(SurveyProfile(Dataset(name: "x", columns: [
            Column.text("type", ["a"]), Column.text("now", ["1"]), Column.integer("preferred", [1]),
        ])))
        XCTAssertNil(SurveyProfile(Dataset(name: "x", columns: [
            Column.integer("type", [1]), Column.integer("now", [1]), Column.integer("preferred", [1]),
        ])))
    }

    func testTheProfileSurveyResultsStoresIsAProfileInEitherLanguage() throws {
        for typeHeader in ["culture type", "Kulturtyp"] {
            let dataset = Dataset(name: "team-profile", columns: [
                Column.text(typeHeader, ["collaborate", "create", "compete", "control"]),
                Column.decimal("now_mean", [25, 15, 30, 30]), Column.decimal("now_sd", [2, 3, 2, 1]),
                Column.decimal("preferred_mean", [35, 25, 20, 20]), Column.integer("respondents", [6, 6, 6, 6]),
            ], kind: .surveyProfile)
            let profile = try XCTUnwrap(SurveyProfile(dataset), typeHeader)
            XCTAssertEqual(profile.types, ["collaborate", "create", "compete", "control"])
            XCTAssertEqual(profile.now, [25, 15, 30, 30])
            XCTAssertEqual(profile.preferred, [35, 25, 20, 20])
        }
    }

    func testAProfileByGroupIsNotOneKite() {
        // survey results --by group puts the group first: its values repeat, so the rows are no single profile.
        let grouped = Dataset(name: "team-profile", columns: [
            Column.text("group", ["sales", "sales"]), Column.text("culture type", ["collaborate", "create"]),
            Column.decimal("now_mean", [25, 15]), Column.decimal("preferred_mean", [35, 25]),
        ], kind: .surveyProfile)
        XCTAssertNil(SurveyProfile(grouped))
        // The same columns without the survey-profile kind follow neither layout.
        let plain = Dataset(name: "plain", columns: [
            Column.text("culture type", ["collaborate", "create"]),
            Column.decimal("now_mean", [25, 15]), Column.decimal("preferred_mean", [35, 25]),
        ])
        XCTAssertNil(SurveyProfile(plain))
    }
}
