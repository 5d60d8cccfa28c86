import Analytics
import Foundation
import RapportCore
import XCTest

/// Frequency pressure against pandas/scipy on Fixtures/relationship_posts.csv and against a hand-worked table.
final class FrequencyPressureTests: XCTestCase {
    /// The posts fixture with the roles of the posts preset.
    private func fixture() throws -> Dataset {
        try RelationshipFixtures.dataset("relationship_posts.csv", name: "posts", columns: [
            "post_id": (.text, .postID), "account": (.text, .account), "published": (.time, .published),
            "followers": (.integer, .followers), "likes": (.integer, .likes), "comments": (.integer, .comments),
            "shares": (.integer, .shares),
        ])
    }

    func testFixtureInBerlinMatchesPandasAndScipy() throws {
        let berlin = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        let outcome = try FrequencyPressure().evaluate(MetricRequest(dataset: try fixture(), timeZone: berlin))
        let expected = RelationshipFixtures.rows("frequency_berlin")
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "account"), expected.map { $0["account"] as? String })
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "weeks"), expected.map { RelationshipFixtures.number($0, "weeks") })
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "posts"), expected.map { RelationshipFixtures.number($0, "posts") })
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "reading"), expected.map { $0["reading"] as? String })
        for (index, row) in expected.enumerated() {
            for (column, key) in [("posts_per_week", "posts_per_week"), ("rho", "rho"), ("p_value", "p")] {
                let actual = RelationshipFixtures.numbers(outcome.columns, column)[index]
                let wanted = RelationshipFixtures.number(row, key)
                XCTAssertEqual(actual == nil, wanted == nil, "\(column) of \(row)")
                if let actual, let wanted {
                    XCTAssertEqual(actual, wanted, accuracy: 1e-9 * max(1, abs(wanted)), "\(column) of \(row)")
                }
            }
        }
        XCTAssertEqual(outcome.headline, "rho")
    }

    func testTheTimeZoneMovesPostsAcrossWeeks() throws {
        // Sunday 2026-01-04 23:30 UTC is Monday 00:30 in Berlin: the two posts share a week in Berlin only.
        let sunday = try XCTUnwrap(ISOTime.parse("2026-01-04T23:30:00Z")?.seconds)
        let dataset = Dataset(name: "posts", columns: [
            Column.text("account", ["a", "a"], role: .account),
            Column(name: "published", role: .published, data: .time([sunday, sunday + 86_400], MissingMask())),
            Column.integer("followers", [100, 100], role: .followers), Column.integer("likes", [1, 2], role: .likes),
        ])
        let utc = try FrequencyPressure().evaluate(MetricRequest(dataset: dataset))
        let berlin = try FrequencyPressure().evaluate(MetricRequest(dataset: dataset, timeZone: try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))))
        XCTAssertEqual(RelationshipFixtures.numbers(utc.columns, "weeks"), [2])
        XCTAssertEqual(RelationshipFixtures.numbers(berlin.columns, "weeks"), [1])
    }

    func testHandTableWithAPerfectlyFallingRate() throws {
        // account x, three ISO weeks from Monday 2026-01-05 (UTC), 100 followers: week 1 one post with 5 likes (5 %),
        // week 2 two posts at 2 % and 4 % (median 3 %), week 3 three posts at 1 % (median 1 %).
        // Weeks: posts 1, 2, 3; medians 5 %, 3 %, 1 % → ranks (1, 2, 3) against (3, 2, 1): ρ = −1, p = 0 (t infinite).
        // account y, one week with 2 posts: too few weeks.
        let monday = try XCTUnwrap(ISOTime.parse("2026-01-05T12:00:00Z")?.seconds)
        let week: Int64 = 7 * 86_400
        let times = [monday, monday + week, monday + week + 3_600, monday + 2 * week, monday + 2 * week + 60,
                     monday + 2 * week + 120, monday, monday + 60]
        let likes: [Int64?] = [5, 2, 4, 1, 1, 1, 7, 9]
        let dataset = Dataset(name: "posts", columns: [
            Column.text("account", ["x", "x", "x", "x", "x", "x", "y", "y"], role: .account),
            Column(name: "published", role: .published, data: .time(times, MissingMask())),
            Column.integer("followers", Array(repeating: 100, count: 8), role: .followers),
            Column.integer("likes", likes, role: .likes),
        ])
        let outcome = try FrequencyPressure().evaluate(MetricRequest(dataset: dataset))
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "account"), ["x", "y"])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "weeks"), [3, 1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "posts"), [6, 2])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "posts_per_week"), [2, 2])
        let rho = RelationshipFixtures.numbers(outcome.columns, "rho")
        XCTAssertEqual(rho[0] ?? 0, -1, accuracy: 1e-12)
        XCTAssertNil(rho[1])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "p_value")[0] ?? 1, 0, accuracy: 1e-12)
        XCTAssertEqual(RelationshipFixtures.texts(outcome.columns, "reading"),
                       [Words.frequencyLowersEngagement.en, Words.frequencyTooFewWeeks.en])
        let german = try FrequencyPressure().evaluate(MetricRequest(dataset: dataset, language: .de))
        XCTAssertEqual(RelationshipFixtures.texts(german.columns, "reading").first, Words.frequencyLowersEngagement.de)
        XCTAssertNil(outcome.perRow, "ρ belongs to an account, not to a post")
    }

    func testWithoutAnAccountColumnAllPostsAreOneAccount() throws {
        // three posts in two ISO weeks (Monday 2026-01-05 and the Monday after): 3 posts / 2 weeks = 1.5
        let monday = try XCTUnwrap(ISOTime.parse("2026-01-05T12:00:00Z")?.seconds)
        let dataset = Dataset(name: "posts", columns: [
            Column(name: "published", role: .published, data: .time([monday, monday + 3_600, monday + 7 * 86_400], MissingMask())),
            Column.integer("followers", [100, 100, 100], role: .followers), Column.integer("likes", [1, 2, 3], role: .likes),
        ])
        let outcome = try FrequencyPressure().evaluate(MetricRequest(dataset: dataset))
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "weeks"), [2])
        XCTAssertEqual(RelationshipFixtures.numbers(outcome.columns, "posts_per_week"), [1.5])
        XCTAssertTrue(outcome.notes.contains(Words.postsOfOneAccount))
    }

    func testMissingRoleIsNamed() throws {
        let dataset = Dataset(name: "posts", columns: [
            Column.text("account", ["a"], role: .account), Column.integer("likes", [1], role: .likes),
        ])
        XCTAssertThrowsError(try FrequencyPressure().evaluate(MetricRequest(dataset: dataset))) { error in
            XCTAssertEqual((error as? RapportError)?.message,
                           Words.metricNeedsRoles("frequency-pressure", [.published], dataset: "posts"))
        }
    }

    func testReadings() {
        XCTAssertEqual(FrequencyPressure.reading((-0.5, 0.01)), Words.frequencyLowersEngagement)
        XCTAssertEqual(FrequencyPressure.reading((0.5, 0.01)), Words.frequencyRaisesEngagement)
        XCTAssertEqual(FrequencyPressure.reading((-0.5, 0.05)), Words.frequencyNoClearLink, "p = 0.05 is not below the level")
        XCTAssertEqual(FrequencyPressure.reading(nil), Words.frequencyTooFewWeeks)
    }
}
