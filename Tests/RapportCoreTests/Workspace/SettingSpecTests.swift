import XCTest
@testable import RapportCore

/// The settings' checks, for the ones whose rules are not a list of choices.
final class SettingSpecTests: XCTestCase {
    func testPluginTimeoutTakesWholeSecondsFromOneToAnHour() throws {
        let spec = try XCTUnwrap(SettingSpec.named("plugin-timeout"))
        XCTAssertEqual(spec.defaultValue, "30")
        XCTAssertNil(spec.validate("1"))
        XCTAssertNil(spec.validate("3600"))
        XCTAssertEqual(spec.validate("0"), Words.badPluginTimeout("0"))
        XCTAssertEqual(spec.validate("3601"), Words.badPluginTimeout("3601"))
        XCTAssertEqual(spec.validate("2.5"), Words.badPluginTimeout("2.5"))
        XCTAssertEqual(Settings()["plugin-timeout"], "30")
    }

    func testANegativeSeedIsRefusedInPlainWords() throws {
        let spec = try XCTUnwrap(SettingSpec.named("seed"))
        XCTAssertNil(spec.validate("0"))
        XCTAssertEqual(spec.validate("-1")?.en, "the seed must be a whole number of 0 or more, not '-1'")
        XCTAssertEqual(spec.validate("-1")?.de, "der Startwert muss eine ganze Zahl ab 0 sein, nicht '-1'")
    }

    func testStageDaysStopAtACenturySoTheWindowsStartCannotOverflow() throws {
        // 999999999999999 days before a moment overflowed the seconds (relationship-stages trapped).
        for name in ["stage-window", "stage-recent"] {
            let spec = try XCTUnwrap(SettingSpec.named(name))
            XCTAssertNil(spec.validate("36500"), name)
            XCTAssertEqual(spec.validate("36501")?.en, "\(name) must be a whole number from 1 to 36500, not '36501'")
            XCTAssertEqual(spec.validate("999999999999999")?.de,
                           "\(name) muss eine ganze Zahl von 1 bis 36500 sein, nicht '999999999999999'")
            XCTAssertNotNil(spec.validate("0"), name)
        }
        XCTAssertNotNil(SettingSpec.named("stage-friend")?.validate("99999999999999999999"))
    }

    func testAStoredValueTheSettingRefusesGivesWayToTheDefault() {
        // A hand-edited manifest can hold anything; the value in force is always one `set` would take.
        let settings = Settings(["stage-window": "999999999999999", "resamples": "99999999999",
                                 "width": "9223372036854775807", "timezone": "Mars/Olympus", "stage-recent": "45"])
        XCTAssertEqual(settings["stage-window"], "180")
        XCTAssertEqual(settings.resamples, 2000)
        XCTAssertNil(settings.tableWidth, "auto")
        XCTAssertEqual(settings["timezone"], "UTC")
        XCTAssertEqual(settings["stage-recent"], "45", "a valid stored value stays")
    }
}
