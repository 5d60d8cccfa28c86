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
}
