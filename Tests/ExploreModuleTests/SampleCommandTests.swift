import XCTest
@testable import ExploreModule
@testable import RapportCore

/// `sample`: a seeded draw in the original order, the seed setting, and bad seeds.
final class SampleCommandTests: XCTestCase {
    // Expected rows from a Python transcription of SplitMix64 and the partial Fisher–Yates shuffle:
    // seed 7 draws rows 0, 1, 2; seed 42 (the default setting) rows 2, 3, 4.
    func testSeededDrawKeepsOriginalOrder() throws {
        let harness = try ExploreHarness()
        try harness.run("sample posts 3 --seed 7")
        XCTAssertEqual(try harness.ids("posts_sample"), [1, 2, 3])
    }

    func testDefaultSeedComesFromTheSettings() throws {
        let harness = try ExploreHarness()
        try harness.run("sample posts 3 as trial")
        XCTAssertEqual(try harness.ids("trial"), [3, 4, 5])
    }

    func testMoreThanThereAreTakesAll() throws {
        let harness = try ExploreHarness()
        try harness.run("sample posts 50")
        XCTAssertEqual(try harness.ids("posts_sample"), [1, 2, 3, 4, 5])
    }

    func testBadSeedPointsAtIt() throws {
        XCTAssertEqual(try ExploreHarness().error("sample posts 3 --seed x")?.excerpt?.offset, 22)
    }

    func testANegativeCountIsNamedAsTheArgumentN() throws {
        let error = try ExploreHarness().error("sample posts -3")
        XCTAssertEqual(error?.message.en, "N needs a whole number of 0 or more, not '-3'")
        XCTAssertEqual(error?.message.de, "N braucht eine ganze Zahl ab 0, nicht '-3'")
        // "sample posts " is 13 characters: the caret is under "-3".
        XCTAssertEqual(error?.excerpt?.offset, 13)
    }
}
