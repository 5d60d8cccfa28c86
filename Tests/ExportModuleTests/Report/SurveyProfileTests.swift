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
}
