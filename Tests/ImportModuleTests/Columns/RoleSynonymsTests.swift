import XCTest
import RapportCore
@testable import ImportModule

/// Header names read as roles: every synonym of the table, the names the issue lists, folding, and names that mean
/// a different role in another kind or none at all.
final class RoleSynonymsTests: XCTestCase {
    /// Each name of the table gives its own role in its kind: a name listed under two roles of one kind, which the
    /// earlier role would take, fails here.
    func testEverySynonymOfTheTableGivesItsRole() {
        var checked = 0
        for (kind, entries) in RoleSynonyms.table {
            for entry in entries {
                for name in entry.names {
                    XCTAssertEqual(RoleSynonyms.role(for: name, kind: kind), entry.role, "\(name) in \(kind)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 200)
    }

    /// The header names real exports use, written as they come (case, blanks, punctuation), in posts.
    func testTheNamesOfRealExportsInPosts() {
        let expected: [(String, ColumnRole)] = [
            ("Likes", .likes), ("like_count", .likes), ("Gefällt mir", .likes), ("Reactions", .likes),
            ("LIKE COUNT", .likes), ("likeCount", .likes), ("Number of likes", .likes), ("Anzahl Likes", .likes),
            ("Followers", .followers), ("Follower", .followers), ("Abonnenten", .followers), ("Fans", .followers),
            ("Page total likes", .followers), ("Comments", .comments), ("Kommentare", .comments),
            ("Shares", .shares), ("Geteilt", .shares), ("Retweets", .shares), ("Saves", .saves),
            ("Gespeichert", .saves), ("Reach", .reach), ("Reichweite", .reach), ("Total Reach", .reach),
            ("Lifetime Post Total Reach", .reach), ("Impressions", .impressions), ("Impressionen", .impressions),
            ("Date", .published), ("Datum", .published), ("Published", .published), ("Veröffentlicht", .published),
            ("created_at", .published), ("Caption", .text), ("Text", .text), ("Beitragstext", .text),
            ("USERNAME", .account), ("Username", .account), ("Account", .account), ("Konto", .account),
            ("Handle", .account), ("Post type", .format), ("Format", .format), ("Type", .format),
            ("Post ID", .postID), ("post_id", .postID),
        ]
        for (name, role) in expected {
            XCTAssertEqual(RoleSynonyms.role(for: name, kind: .posts), role, name)
        }
    }

    /// `Username` and `Handle` are the posting account in posts and the handle in accounts.
    func testANameMeansAnotherRoleInAnotherKind() {
        XCTAssertEqual(RoleSynonyms.role(for: "Username", kind: .accounts), .handle)
        XCTAssertEqual(RoleSynonyms.role(for: "Handle", kind: .accounts), .handle)
        XCTAssertEqual(RoleSynonyms.role(for: "Username", kind: .followers), .followerID)
        XCTAssertEqual(RoleSynonyms.role(for: "Type", kind: .interactions), .interactionType)
    }

    /// Names that say no role stay unmapped, also once a prefix is dropped.
    func testNamesOfNoRoleStayUnmapped() {
        for name in ["Hashtags", "S.No", "Time since posted", "Post Month", "Category", "Profile Visits", "Post",
                     "Total", "", "---"] {
            XCTAssertNil(RoleSynonyms.role(for: name, kind: .posts), name)
        }
    }

    /// Folding keeps letters and digits in lower case and splits camel case into words.
    func testFolding() {
        XCTAssertEqual(RoleSynonyms.fold("Gefällt mir-Angaben"), "gefälltmirangaben")
        XCTAssertEqual(RoleSynonyms.words("likeCount"), ["like", "count"])
        XCTAssertEqual(RoleSynonyms.words("USER_NAME"), ["user", "name"])
        XCTAssertEqual(RoleSynonyms.words("60_day_eng_rate"), ["60", "day", "eng", "rate"])
    }
}
