import Analytics
import RapportCore
import XCTest

/// The stage thresholds come from the settings stage-window, stage-friend, stage-confidant and stage-recent.
final class StageThresholdsTests: XCTestCase {
    func testSettingsGiveTheThresholds() {
        let thresholds = StageThresholds(settings: Settings(["stage-window": "90", "stage-confidant": "12"]))
        XCTAssertEqual(thresholds, StageThresholds(windowDays: 90, friendPoints: 5, confidantPoints: 12, recentDays: 30))
        XCTAssertNotNil(SettingSpec.named("stage-recent")?.validate("0"), "0 days is refused")
        XCTAssertNil(SettingSpec.named("stage-friend")?.validate("7"))
    }

    func testDefaultsAreThoseOfMetricsMD() {
        XCTAssertEqual(StageThresholds(settings: Settings()),
                       StageThresholds(windowDays: 180, friendPoints: 5, confidantPoints: 20, recentDays: 30))
    }
}
