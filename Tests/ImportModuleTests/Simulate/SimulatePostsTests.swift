import XCTest
import RapportCore
@testable import ImportModule

/// `simulate posts`: reproducible rows, the effects the flags set, and German texts in both tones.
final class SimulatePostsTests: XCTestCase {
    func testSameSeedGivesIdenticalDatasetsAndOtherSeedsDiffer() throws {
        let first = try SimulateHarness(), second = try SimulateHarness()
        try first.run("simulate posts 3000 --seed 11 --bought-share 0.3")
        try second.run("simulate posts 3000 --seed 11 --bought-share 0.3")
        XCTAssertEqual(try first.dataset("posts"), try second.dataset("posts"))
        XCTAssertEqual(try first.dataset("posts_accounts"), try second.dataset("posts_accounts"))
        try second.run("simulate posts 3000 --seed 12 --bought-share 0.3 as other")
        XCTAssertNotEqual(try first.integers("posts", "likes"), try second.integers("other", "likes"))
    }

    func testSeedDefaultsToTheSeedSetting() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 200")
        try harness.run("simulate posts 200 --seed 42 as explicit")
        XCTAssertEqual(try harness.integers("posts", "likes"), try harness.integers("explicit", "likes"))
    }

    func testPlatformsAreAListOfLowercaseNamesEachOnce() throws {
        let harness = try SimulateHarness()
        try harness.run(#"simulate posts 300 --platforms "LinkedIn, x,,linkedin""#)
        XCTAssertEqual(Set(try harness.texts("posts", "platform").compactMap { $0 }), ["linkedin", "x"])
        XCTAssertThrowsError(try harness.run(#"simulate posts 300 --platforms " , ""#)) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains("--platforms needs names") == true, "\(error)")
        }
    }

    func testColumnsRolesKindsAndResultJSON() throws {
        let harness = try SimulateHarness()
        let result = try harness.run("simulate posts 500 as demo")
        XCTAssertEqual(result.json["company"]?.stringValue, "Acme")
        XCTAssertEqual(result.json["accounts"]?.stringValue, "demo_accounts")
        let posts = try harness.dataset("demo"), accounts = try harness.dataset("demo_accounts")
        XCTAssertEqual(posts.columnNames, ["post_id", "account", "platform", "voice", "published", "format", "text",
                                           "followers", "reach", "impressions", "likes", "comments", "shares", "saves",
                                           "clicks", "paid", "spend"])
        XCTAssertEqual(accounts.columnNames, ["account", "platform", "handle", "name", "voice", "followers",
                                              "following", "posts", "created", "verified"])
        XCTAssertEqual(posts.kind, .posts)
        XCTAssertEqual(accounts.kind, .accounts)
        XCTAssertTrue((posts.columns + accounts.columns).allSatisfy { $0.role?.rawValue == $0.name })
        XCTAssertEqual(posts.column(named: "published")?.type, .time)
        XCTAssertEqual(posts.column(named: "paid")?.type, .boolean)
        XCTAssertEqual(posts.column(named: "spend")?.type, .decimal)
        let paid = try harness.cells("demo", "paid"), spend = try harness.cells("demo", "spend")
        for (isPaid, cost) in zip(paid, spend) where isPaid == .boolean(false) { XCTAssertEqual(cost, .decimal(0)) }
        let names = try harness.texts("demo_accounts", "name"), voices = try harness.texts("demo_accounts", "voice")
        XCTAssertEqual(names[0], "Dr. Jana Berger")
        XCTAssertEqual(voices[0], "person")
        XCTAssertEqual(names[1], "Acme")
        XCTAssertEqual(voices[1], "institution")
        XCTAssertEqual(try harness.integers("demo_accounts", "posts").count, 12)
    }

    func testTimesStayInThePeriodAndInOrder() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 1000 --start 2024-03-01 --days 10")
        let times = try harness.integers("posts", "published").compactMap { $0 }
        let start: Int64 = 1_709_251_200
        XCTAssertTrue(times.allSatisfy { $0 >= start && $0 < start + 10 * 86_400 })
        XCTAssertEqual(times, times.sorted())
    }

    func testExistingNamesNeedReplace() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 10")
        XCTAssertThrowsError(try harness.run("simulate posts 10")) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.datasetExists("posts"))
        }
        XCTAssertNoThrow(try harness.run("simulate posts 20 --replace"))
        XCTAssertEqual(try harness.dataset("posts").rowCount, 20)
    }

    func testBadFlagValuesAreRefused() throws {
        let harness = try SimulateHarness()
        XCTAssertThrowsError(try harness.run("simulate posts 10 --bought-share 1"))
        XCTAssertThrowsError(try harness.run("simulate posts 10 --accounts 1"))
        XCTAssertThrowsError(try harness.run("simulate posts 10 --start yesterday"))
        XCTAssertThrowsError(try harness.run("simulate posts 10 --person-premium -2"))
        XCTAssertFalse(harness.workspace.contains("posts"))
    }

    func testSharesAndPremiumsThatMadeCountsBeyondAnyWholeNumberAreRefused() throws {
        // real / (1 − 0.9999999999999999) followers and a premium of 1e300 trapped converting to whole numbers.
        let harness = try SimulateHarness()
        for (line, offset, message) in [
            ("simulate posts 100 --bought-share 0.9999999999999999", 34,
             Words.simulateBadShare("0.9999999999999999", flag: "bought-share")),
            ("simulate posts 100 --bought-share 99.5%", 34, Words.simulateBadShare("99.5%", flag: "bought-share")),
            ("simulate followers 100 --fake-share 0.995", 36, Words.simulateBadShare("0.995", flag: "fake-share")),
            ("simulate posts 100 --person-premium 1e300", 36, Words.simulateBadPremium("1e300", largest: 100)),
            ("simulate posts 100 --person-premium inf", 36, Words.simulateBadPremium("inf", largest: 100)),
        ] {
            XCTAssertThrowsError(try harness.run(line), line) {
                XCTAssertEqual(($0 as? RapportError)?.message, message, line)
                XCTAssertEqual(($0 as? RapportError)?.excerpt?.offset, offset, line)
            }
        }
        XCTAssertTrue(harness.workspace.entries.isEmpty)
        // The largest values still simulate: shown followers are 100 × real at most.
        try harness.run("simulate posts 2000 --bought-share 0.99 --person-premium 100 --seed 11")
        let followers = try harness.integers("posts_accounts", "followers").compactMap { $0 }
        XCTAssertEqual(followers.count, 12)
    }

    func testPersonPremiumIsTheRatioOfMedianEngagementRates() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 20000 --person-premium 3 --seed 5")
        let voices = try harness.texts("posts", "voice"), followers = try harness.integers("posts", "followers")
        let counts = try ["likes", "comments", "shares", "saves"].map { try harness.integers("posts", $0) }
        var person: [Double] = [], institution: [Double] = []
        for row in voices.indices {
            let interactions = counts.reduce(0) { $0 + $1[row]! }
            let rate = Double(interactions) / Double(followers[row]!)
            if voices[row] == "person" { person.append(rate) } else { institution.append(rate) }
        }
        let ratio = SimulateHarness.median(person) / SimulateHarness.median(institution)
        XCTAssertEqual(ratio, 3, accuracy: 0.45)
    }

    func testBoughtShareDoublesTheFollowersOfEveryFourthAccount() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 2000 --accounts 12 --seed 9 as clean")
        try harness.run("simulate posts 2000 --accounts 12 --seed 9 --bought-share 0.5 as bought")
        let clean = try harness.integers("clean_accounts", "followers"), bought = try harness.integers("bought_accounts", "followers")
        for index in clean.indices {
            XCTAssertEqual(bought[index]!, index % 4 == 3 ? clean[index]! * 2 : clean[index]!, "account \(index)")
        }
        let accounts = try harness.texts("clean", "account")
        let cleanPosts = try harness.integers("clean", "followers"), boughtPosts = try harness.integers("bought", "followers")
        XCTAssertEqual(try harness.integers("clean", "likes"), try harness.integers("bought", "likes"))
        for row in accounts.indices where accounts[row] == "a004" {
            XCTAssertEqual(Double(boughtPosts[row]!), Double(cleanPosts[row]!) * 2, accuracy: 1)
        }
    }

    func testTextsAddressReadersInformallyAndFormallyAndNameTheCompany() throws {
        let harness = try SimulateHarness()
        try harness.run("simulate posts 2000")
        let texts = try harness.texts("posts", "text").compactMap { $0 }
        func words(_ text: String) -> [String] { text.split { !$0.isLetter }.map(String.init) }
        let informal = texts.filter { !Set(words($0)).isDisjoint(with: ["du", "dich", "dir", "dein", "deinem", "euch", "ihr"]) }
        let formal = texts.filter { text in
            let tokens = words(text)
            return tokens.dropFirst().contains { ["Sie", "Ihnen", "Ihr", "Ihre"].contains($0) }
        }
        XCTAssertGreaterThan(informal.count, 200)
        XCTAssertGreaterThan(formal.count, 200)
        XCTAssertGreaterThan(texts.count - Set(informal + formal).count, 200)
        XCTAssertTrue(texts.contains { $0.contains("Acme") })
        XCTAssertTrue(texts.contains { !$0.contains("Acme") })
    }

    func testTextPoolHoldsDistinctStrings() {
        XCTAssertEqual(Set(PostText.pool).count, PostText.pool.count)
    }

    func testCtrlCStopsTheSimulationAndStoresNothing() throws {
        let harness = try SimulateHarness()
        interruptFlag.raise()
        defer { interruptFlag.clear() }
        XCTAssertThrowsError(try harness.run("simulate posts 100")) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.interrupted)
        }
        XCTAssertFalse(harness.workspace.contains("posts"))
    }

    func testCountsOutOfRangeAreRefusedWithTheRange() throws {
        let harness = try SimulateHarness()
        for count in ["-5", "1000001", "9223372036854775807"] {
            XCTAssertThrowsError(try harness.run("simulate posts \(count)")) {
                XCTAssertEqual(($0 as? RapportError)?.message.en, "N must be a whole number from 0 to 1000000, not '\(count)'")
                XCTAssertEqual(($0 as? RapportError)?.message.de, "N muss eine ganze Zahl von 0 bis 1000000 sein, nicht '\(count)'")
            }
        }
        XCTAssertThrowsError(try harness.run("simulate posts many")) {
            XCTAssertEqual(($0 as? RapportError)?.message.en, "N needs a whole number, not 'many'")
            XCTAssertEqual(($0 as? RapportError)?.message.de, "N braucht eine ganze Zahl, nicht 'many'")
        }
        XCTAssertFalse(harness.workspace.contains("posts"))
    }

    func testAccountsAndDaysOutOfRangeAreRefused() throws {
        let harness = try SimulateHarness()
        XCTAssertThrowsError(try harness.run("simulate posts 10 --accounts 9223372036854775807")) {
            XCTAssertEqual(($0 as? RapportError)?.message.en,
                           "--accounts needs a whole number from 2 (the CEO and the company page) to 1000000, not '9223372036854775807'")
        }
        XCTAssertThrowsError(try harness.run("simulate posts 10 --days 9223372036854775807")) {
            XCTAssertEqual(($0 as? RapportError)?.message.en, "--days needs a whole number from 1 to 36500, not '9223372036854775807'")
        }
        XCTAssertThrowsError(try harness.run("simulate posts 10 --days 0"))
        XCTAssertFalse(harness.workspace.contains("posts"))
        // The largest allowed span works: 100 years of days.
        XCTAssertNoThrow(try harness.run("simulate posts 10 --days 36500"))
    }
}
