import RapportCore
import RapportTestSupport
import XCTest
@testable import SurveyModule

/// `survey new`: the instrument must exist, and values are given exactly when the instrument asks about them.
final class SurveyCreationTests: XCTestCase {
    func testNewSurveyChecksValues() throws {
        let harness = try SurveyHarness.make()
        XCTAssertEqual(harness.error("survey new v --instrument values-fit")?.message.en,
                       "this instrument asks about the client's values: give them with --values \"A;B;C\"")
        XCTAssertEqual(harness.error("survey new c --instrument culture-profile --values \"A\"")?.message.en,
                       "this instrument does not ask about values; leave out --values")
        XCTAssertEqual(harness.error("survey new c --instrument culture-profil")?.message.en,
                       "no instrument 'culture-profil' (see survey instruments) — did you mean 'culture-profile'?")
    }
}
