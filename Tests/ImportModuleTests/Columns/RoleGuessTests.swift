import XCTest
import RapportCore
@testable import ImportModule

/// Roles and kinds guessed from a dataset's header, with the column type as a check.
final class RoleGuessTests: XCTestCase {
    private func dataset(_ columns: [Column], kind: DatasetKind? = nil) -> Dataset {
        Dataset(name: "d", columns: columns, kind: kind)
    }

    func testTheInfluencerHeaderIsPostsWithFourRoles() {
        var data = dataset([
            .text("USERNAME", ["a"]), .text("Caption", ["hi"]), .integer("Followers", [100]),
            .text("Hashtags", ["#x"]), .integer("Likes", [5]), .text("Time since posted", ["2 hours"]),
        ])
        let guesses = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.kind, .posts)
        XCTAssertEqual(guesses.map(\.column), ["USERNAME", "Caption", "Followers", "Likes"])
        XCTAssertEqual(data.columns.map(\.role), [.account, .text, .followers, nil, .likes, nil])
    }

    func testATextColumnNeverGetsACountRole() {
        var data = dataset([.text("Likes", ["many"]), .integer("Comments", [3]), .text("Caption", ["x"])])
        _ = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.columns.map(\.role), [nil, .comments, .text])
    }

    func testAnAccountListIsAccountsData() {
        var data = dataset([.text("Username", ["a"]), .integer("Followers", [1]), .integer("Following", [2]),
                            .decimal("Engagement rate", [0.1]),
                            Column(name: "Verified", data: .boolean([true], MissingMask()))])
        _ = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.kind, .accounts)
        XCTAssertEqual(data.columns.map(\.role), [.handle, .followers, .following, .engagementRate, .verified])
    }

    func testOfTwoKindsShowingAsManyNamesTheOneTheHeaderCoversWholeWins() {
        // post_id, account, type and time are four names of posts (of its 19 roles) and person, post_id, type and
        // time all four roles of interactions.
        var data = dataset([.text("person", ["u"]), .text("post_id", ["p"]), .text("account", ["a"]),
                            .text("type", ["like"]), .text("time", ["x"])])
        _ = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.kind, .interactions)
        XCTAssertEqual(data.columns.map(\.role), [.person, .postID, nil, .interactionType, nil],
                       "time is text here, so it gets no time role")
    }

    func testOneNameAloneDoesNotMakeAKind() {
        var data = dataset([.integer("Likes", [1]), .text("Notes", ["x"])])
        XCTAssertTrue(RoleGuess.apply(to: &data).isEmpty)
        XCTAssertNil(data.kind)
        XCTAssertEqual(data.columns.map(\.role), [nil, nil])
    }

    func testAPresetsRolesAreKeptAndTheRestGuessedInItsKind() {
        var data = dataset([Column(name: "num_reactions", role: .likes, data: .integer([1], MissingMask())),
                            .integer("num_likes", [1]), .integer("Reach", [9])], kind: .posts)
        let guesses = RoleGuess.apply(to: &data)
        XCTAssertEqual(guesses.map(\.column), ["Reach"], "likes is taken, so num_likes stays unmapped")
        XCTAssertEqual(data.columns.map(\.role), [.likes, nil, .reach])
    }

    func testTheFirstOfTwoColumnsNamingARoleGetsIt() {
        var data = dataset([.integer("Likes", [1]), .integer("like_count", [2]), .integer("Comments", [3])])
        _ = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.columns.map(\.role), [.likes, nil, .comments])
    }

    /// person, post_id, account, type, time names four roles of posts and four of interactions; all of the
    /// interactions' four against four of the nineteen of posts makes it interactions.
    func testATieGoesToTheKindWithTheLargerShareOfItsRoles() {
        var data = dataset([.text("person", ["u"]), .text("post_id", ["p"]), .text("account", ["a"]),
                            .text("type", ["like"]), Column(name: "time", data: .time([0], MissingMask()))])
        _ = RoleGuess.apply(to: &data)
        XCTAssertEqual(data.kind, .interactions)
        XCTAssertEqual(data.columns.map(\.role), [.person, .postID, nil, .interactionType, .time])
    }
}
