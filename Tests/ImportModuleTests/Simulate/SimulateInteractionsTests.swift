import XCTest
import RapportCore
@testable import ImportModule

/// `simulate interactions`: every relationship stage occurs, interactions follow their posts.
///
/// Stage rule (METRICS.md): points in the 180 days before the last interaction, like 1, comment 2,
/// share 3; stranger 0, acquaintance 1–4, friend 5–19 (or 20+ without a comment or share in the
/// last 30 days), confidant 20+ with a comment or share in the last 30 days.
final class SimulateInteractionsTests: XCTestCase {
    func testAllFourStagesOccur() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 1500 --seed 4")
        try harness.run("simulate interactions posts")
        XCTAssertEqual(try harness.dataset("posts_interactions").kind, .interactions)
        let people = try harness.texts("posts_interactions", "person"), types = try harness.texts("posts_interactions", "type")
        let times = try harness.integers("posts_interactions", "time").map { $0! }
        let end = times.max()!
        var points: [String: Int] = [:], recent: Set<String> = []
        for row in people.indices {
            let person = people[row]!
            points[person, default: 0] += 0
            guard times[row] >= end - 180 * 86_400 else { continue }
            points[person]! += types[row] == "like" ? 1 : types[row] == "comment" ? 2 : 3
            if types[row] != "like" && times[row] >= end - 30 * 86_400 { recent.insert(person) }
        }
        let strangers = points.values.filter { $0 == 0 }.count
        let acquaintances = points.values.filter { (1...4).contains($0) }.count
        let confidants = points.filter { $0.value >= 20 && recent.contains($0.key) }.count
        let friends = points.count - strangers - acquaintances - confidants
        XCTAssertGreaterThan(strangers, 0)
        XCTAssertGreaterThan(acquaintances, 0)
        XCTAssertGreaterThan(friends, 0)
        XCTAssertGreaterThan(confidants, 0)
    }

    func testInteractionsFollowTheirPostsAndAreProportional() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 300 --accounts 6 --seed 2")
        try harness.run("simulate interactions posts as who")
        let ids = try harness.texts("posts", "post_id"), published = try harness.integers("posts", "published")
        let likes = try harness.integers("posts", "likes")
        var when: [String: Int64] = [:], expected: [String: Int64] = [:]
        for row in ids.indices { when[ids[row]!] = published[row]!; expected[ids[row]!] = likes[row]! }
        let posts = try harness.texts("who", "post_id"), times = try harness.integers("who", "time"), types = try harness.texts("who", "type")
        var counted: [String: Int64] = [:]
        for row in posts.indices {
            XCTAssertGreaterThanOrEqual(times[row]!, when[posts[row]!]!)
            if types[row] == "like" { counted[posts[row]!, default: 0] += 1 }
        }
        let totalExpected = Double(expected.values.reduce(0, +)), totalCounted = Double(counted.values.reduce(0, +))
        let scale = totalCounted / totalExpected
        let biggest = expected.max { $0.value < $1.value }!
        XCTAssertEqual(Double(counted[biggest.key] ?? 0), Double(biggest.value) * scale, accuracy: Double(biggest.value) * scale * 0.1)
    }

    func testNeedsAPostsDataset() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate followers 10")
        XCTAssertThrowsError(try harness.run("simulate interactions followers")) {
            XCTAssertEqual(($0 as? RapportError)?.message.en.hasPrefix(Words.simulateNeedsColumn("post_id", in: "followers").en), true)
        }
    }

    func testSameSeedGivesIdenticalInteractionsAndOtherSeedsDiffer() throws {
        let first = try SimulateHarness(), second = try SimulateHarness()
        for harness in [first, second] {
            try harness.run("simulate posts 200 --seed 1")
            try harness.run("simulate interactions posts --seed 3")
        }
        XCTAssertEqual(try first.dataset("posts_interactions"), try second.dataset("posts_interactions"))
        try second.run("simulate interactions posts --seed 4 as other")
        XCTAssertNotEqual(try first.texts("posts_interactions", "person"), try second.texts("other", "person"))
    }
}
