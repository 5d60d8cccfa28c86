import XCTest
import RapportCore
@testable import ImportModule

/// `simulate followers`: the label share follows --fake-share and fake accounts look fake on average.
final class SimulateFollowersTests: XCTestCase {
    func testFakeShareSetsTheLabelShare() throws {
        let harness = try SimulateHarness()
        let result = try harness.run("simulate followers 5000 --fake-share 0.4")
        let labels = try harness.texts("followers", "label")
        let fakes = labels.filter { $0 == "fake" }.count
        XCTAssertEqual(Double(fakes) / 5000, 0.4, accuracy: 0.03)
        XCTAssertEqual(Set(labels.compactMap { $0 }), ["fake", "real"])
        XCTAssertEqual(result.json["fake"]?.doubleValue, Double(fakes))
        XCTAssertEqual(try harness.dataset("followers").kind, .followers)
    }

    func testFakeFollowersFollowManyAndAreFollowedByFewButOverlap() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate followers 4000 --fake-share 40% --seed 3")
        let labels = try harness.texts("followers", "label")
        let following = try harness.integers("followers", "following"), followers = try harness.integers("followers", "followers")
        func median(_ values: [Int64?], fake: Bool) -> Double {
            SimulateHarness.median(labels.indices.filter { (labels[$0] == "fake") == fake }.map { Double(values[$0]!) })
        }
        XCTAssertGreaterThan(median(following, fake: true), 2 * median(following, fake: false))
        XCTAssertLessThan(median(followers, fake: true), median(followers, fake: false) / 4)
        let realMaxFollowing = labels.indices.filter { labels[$0] == "real" }.map { following[$0]! }.max()!
        let fakeMinFollowing = labels.indices.filter { labels[$0] == "fake" }.map { following[$0]! }.min()!
        XCTAssertLessThan(fakeMinFollowing, realMaxFollowing, "the groups overlap")
    }

    func testSameSeedGivesIdenticalSamples() throws {
        let first = try SimulateHarness(), second = try SimulateHarness()
        try first.run("simulate followers 1000 --seed 8")
        try second.run("simulate followers 1000 --seed 8")
        XCTAssertEqual(try first.dataset("followers"), try second.dataset("followers"))
        try second.run("simulate followers 1000 --seed 9 as other")
        XCTAssertNotEqual(try first.integers("followers", "following"), try second.integers("other", "following"))
    }
}
