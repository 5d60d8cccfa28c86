import ImportModule
import RapportCore
import RapportTestSupport
import ScoreModule
import XCTest

/// `score NAME person-premium`: the ratio of voice medians and its bootstrap interval.
final class PersonPremiumTests: XCTestCase {
    /// Person rates 10/100, 30/100, 20/100 (median 0.2); institution 10/1000, 30/1000 (median 0.02): premium 10.
    private static let posts = Dataset(name: "posts", columns: [
        Column.text("voice", ["person", "Person", "person", "institution", "institution", nil], role: .voice),
        Column.integer("likes", [10, 30, 20, 10, 30, 99], role: .likes),
        Column.integer("followers", [100, 100, 100, 1000, 1000, 10], role: .followers),
    ], kind: .posts)

    func testRatioOfMediansOnAHandMadeTable() throws {
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [Self.posts])
        let table = try CommandHarness.table(try harness.run("score posts person-premium"))
        XCTAssertEqual(table.column(named: "person_posts")?.data[0], .integer(3))
        XCTAssertEqual(table.column(named: "institution_posts")?.data[0], .integer(2))
        let premium = try XCTUnwrap(table.column(named: "premium")?.data[0].number)
        XCTAssertEqual(premium, 10, accuracy: 1e-12)
        let lower = try XCTUnwrap(table.column(named: "lower_95")?.data[0].number)
        let upper = try XCTUnwrap(table.column(named: "upper_95")?.data[0].number)
        XCTAssertLessThanOrEqual(lower, premium)
        XCTAssertGreaterThanOrEqual(upper, premium)
    }

    func testSameSeedSameIntervalAndTheSeedSettingChangesIt() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        try harness.run("simulate posts 1500 --seed 11 --person-premium 2")
        let once = try CommandHarness.table(try harness.run("score posts person-premium"))
        let again = try CommandHarness.table(try harness.run("score posts person-premium"))
        XCTAssertEqual(once.column(named: "lower_95")?.data[0], again.column(named: "lower_95")?.data[0])
        try harness.workspace.perform(command: "set seed 7", logged: false) { try harness.workspace.setSetting("seed", to: "7") }
        let other = try CommandHarness.table(try harness.run("score posts person-premium"))
        XCTAssertNotEqual(once.column(named: "lower_95")?.data[0], other.column(named: "lower_95")?.data[0])
    }

    func testRecoversTheSimulatedPremiumWithinItsInterval() throws {
        let harness = try CommandHarness(commands: ImportModule.commands + ScoreModule.commands)
        for (seed, premium) in [(3, 2.5), (5, 1.0), (8, 4.0)] {
            try harness.run("simulate posts 6000 --seed \(seed) --person-premium \(premium) --replace")
            let table = try CommandHarness.table(try harness.run("score posts person-premium"))
            let lower = try XCTUnwrap(table.column(named: "lower_95")?.data[0].number)
            let upper = try XCTUnwrap(table.column(named: "upper_95")?.data[0].number)
            XCTAssertTrue(lower <= premium && premium <= upper, "premium \(premium) outside [\(lower), \(upper)]")
        }
    }

    func testWithoutVoiceTheRoleIsNamed() throws {
        let noVoice = Dataset(name: "plain", columns: [Column.integer("likes", [1], role: .likes),
                                                       Column.integer("followers", [10], role: .followers)])
        let harness = try CommandHarness(commands: ScoreModule.commands, datasets: [noVoice])
        let error = try XCTUnwrap(harness.error("score plain person-premium"))
        XCTAssertTrue(error.message.text(.en).contains("voice"))
        XCTAssertFalse(harness.workspace.contains("plain-person-premium"))
    }
}
