import XCTest
@testable import SurveyModule

/// The built-in instruments pass the checks and have the shape the issue asks for.
final class BuiltinInstrumentsTests: XCTestCase {
    func testBothBuiltinsPassTheChecks() {
        XCTAssertEqual(BuiltinInstruments.all.map(\.id), ["culture-profile", "values-fit"])
    }

    func testCultureProfileHasSixDimensionsFourTypesTwoRounds() throws {
        let profile = try XCTUnwrap(BuiltinInstruments.all.first)
        XCTAssertEqual(profile.items.count, 6)
        XCTAssertEqual(profile.alternatives?.map(\.id), ["collaborate", "create", "compete", "control"])
        XCTAssertEqual(profile.rounds?.map(\.id), ["now", "preferred"])
        XCTAssertEqual(profile.total, 100)
        XCTAssertEqual(Question.all(in: profile).map(\.key).prefix(7),
                       ["now.character", "now.leadership", "now.people", "now.glue", "now.strategy", "now.success",
                        "preferred.character"])
    }

    func testValuesFitAsksTwoItemsPerValue() throws {
        let values = try XCTUnwrap(BuiltinInstruments.all.last).expanded(values: ["Humble", "Bold"])
        XCTAssertEqual(values.items.map(\.id), ["describes-1", "importance-1", "describes-2", "importance-2"])
        XCTAssertEqual(values.items[2].text.en, "How well does “Bold” describe the way you work?")
        XCTAssertEqual(values.items[1].text.de, "Wie wichtig ist Ihnen „Humble“ bei der Arbeit?")
    }
}
