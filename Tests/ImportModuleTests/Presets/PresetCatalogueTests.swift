import Foundation
import RapportTestSupport
import XCTest
import RapportCore
@testable import ImportModule

/// Preset detection and role mapping against the platforms' headers, one fixture file per export and language.
final class PresetCatalogueTests: XCTestCase {
    /// The folder of one-line header fixtures.
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/presets")

    /// A file's header read the way import reads it, as a dataset without rows.
    private func header(_ path: String) throws -> Dataset {
        Dataset(name: "data", columns: try CSVReader.read(file: path).columns)
    }

    /// Asserts that the file is recognised as the preset, which then maps exactly these columns.
    private func assertRecognised(_ path: String, as name: String, kind: DatasetKind = .posts, roles: [String: String],
                                  line: UInt = #line) throws {
        var dataset = try header(path)
        let preset = try XCTUnwrap(PresetCatalogue.detect(columnNames: dataset.columnNames), path, line: line)
        XCTAssertEqual(preset.name, name, path, line: line)
        let notes = preset.apply(to: &dataset)
        var mapped: [String: String] = [:]
        for column in dataset.columns { if let role = column.role { mapped[column.name] = role.rawValue } }
        XCTAssertEqual(mapped, roles, path, line: line)
        XCTAssertEqual(notes.count, roles.count, path, line: line)
        XCTAssertEqual(dataset.kind, kind, path, line: line)
    }

    private func fixture(_ file: String) -> String {
        Self.fixtures.appendingPathComponent(file).path
    }

    func testLegacyPageInsightsExport() throws {
        try assertRecognised(fixture("facebook-insights.csv"), as: "facebook-insights", roles: [
            "Post ID": "post_id", "Post Message": "text", "Type": "format", "Posted": "published",
            "Lifetime Post Total Reach": "reach", "Lifetime Post Total Impressions": "impressions",
            "Lifetime Engaged Users": "engaged_users",
        ])
    }

    func testMetaFacebookInEnglishAndGerman() throws {
        try assertRecognised(fixture("meta-facebook.en.csv"), as: "meta-facebook", roles: [
            "Post ID": "post_id", "Page name": "account", "Description": "text", "Publish time": "published",
            "Post type": "format", "Views": "impressions", "Reach": "reach", "Reactions": "likes",
            "Comments": "comments", "Shares": "shares", "Total clicks": "clicks",
        ])
        try assertRecognised(fixture("meta-facebook.de.csv"), as: "meta-facebook", roles: [
            "Beitrags-ID": "post_id", "Seitenname": "account", "Beschreibung": "text",
            "Veröffentlichungszeitpunkt": "published", "Beitragstyp": "format", "Aufrufe": "impressions",
            "Reichweite": "reach", "Reaktionen": "likes", "Kommentare": "comments", "Geteilte Inhalte": "shares",
            "Klicks insgesamt": "clicks",
        ])
    }

    func testMetaInstagramInEnglishAndGerman() throws {
        try assertRecognised(fixture("meta-instagram.en.csv"), as: "meta-instagram", roles: [
            "Post ID": "post_id", "Account username": "account", "Description": "text", "Publish time": "published",
            "Post type": "format", "Views": "impressions", "Reach": "reach", "Likes": "likes",
            "Comments": "comments", "Shares": "shares", "Saves": "saves",
        ])
        try assertRecognised(fixture("meta-instagram.de.csv"), as: "meta-instagram", roles: [
            "Beitrags-ID": "post_id", "Konto-Benutzername": "account", "Beschreibung": "text",
            "Veröffentlichungszeitpunkt": "published", "Beitragstyp": "format", "Aufrufe": "impressions",
            "Reichweite": "reach", "Gefällt mir": "likes", "Kommentare": "comments", "Geteilte Inhalte": "shares",
            "Gespeichert": "saves",
        ])
    }

    func testInstagramInsightsOfACreator() throws {
        let roles = ["Date": "published", "Impressions": "impressions", "Likes": "likes", "Comments": "comments",
                     "Shares": "shares", "Saves": "saves", "Caption": "text"]
        try assertRecognised(fixture("instagram-insights.csv"), as: "instagram-insights", roles: roles)
        let real = SharedDatasets.path("instagram-insights-creator/instagram_insights.csv")
        guard FileManager.default.fileExists(atPath: real) else {
            throw XCTSkip("../shared/datasets is not beside this checkout, and this file's licence keeps it out of the repository")
        }
        try assertRecognised(real, as: "instagram-insights", roles: roles)
    }

    func testLinkedInPostsInEnglishAndGerman() throws {
        try assertRecognised(fixture("linkedin-posts.en.csv"), as: "linkedin-posts", roles: [
            "Post title": "text", "Post link": "post_id", "Content Type": "format", "Created date": "published",
            "Impressions": "impressions", "Views": "video_views", "Clicks": "clicks", "Likes": "likes",
            "Comments": "comments", "Reposts": "shares",
        ])
        try assertRecognised(fixture("linkedin-posts.de.csv"), as: "linkedin-posts", roles: [
            "Beitragstitel": "text", "Beitragslink": "post_id", "Inhaltstyp": "format",
            "Erstellungsdatum": "published", "Impressionen": "impressions", "Aufrufe": "video_views",
            "Klicks": "clicks", "Reaktionen": "likes", "Kommentare": "comments", "Reposts": "shares",
        ])
    }

    func testTweetActivityWithFavoritesOrLikes() throws {
        let roles = ["Tweet id": "post_id", "Tweet text": "text", "time": "published", "impressions": "impressions",
                     "retweets": "shares", "replies": "comments", "url clicks": "clicks"]
        try assertRecognised(fixture("x-tweets.csv"), as: "x-tweets", roles: roles.merging(["favorites": "likes"]) { $1 })
        try assertRecognised(fixture("x-tweets.likes.csv"), as: "x-tweets", roles: roles.merging(["likes": "likes"]) { $1 })
    }

    func testVideoPlatforms() throws {
        try assertRecognised(fixture("tiktok.csv"), as: "tiktok", roles: [
            "Video title": "text", "Video link": "post_id", "Post time": "published", "Total likes": "likes",
            "Total comments": "comments", "Total shares": "shares", "Total views": "video_views",
            "Add to favorites": "saves",
        ])
        try assertRecognised(fixture("youtube-studio.en.csv"), as: "youtube-studio", roles: [
            "Content": "post_id", "Video title": "text", "Video publish time": "published", "Views": "video_views",
            "Impressions": "impressions",
        ])
        try assertRecognised(fixture("youtube-studio.de.csv"), as: "youtube-studio", roles: [
            "Inhalt": "post_id", "Videotitel": "text", "Veröffentlichungszeitpunkt des Videos": "published",
            "Aufrufe": "video_views", "Impressionen": "impressions",
        ])
    }

    func testLiveSellersAndRapportLayouts() throws {
        try assertRecognised(fixture("facebook-live-sellers.csv"), as: "facebook-live-sellers", roles: [
            "status_id": "post_id", "status_type": "format", "status_published": "published",
            "num_reactions": "likes", "num_comments": "comments", "num_shares": "shares",
        ])
        let names = ["post_id", "account", "platform", "voice", "published", "format", "followers", "reach",
                     "impressions", "likes", "comments", "shares", "saves", "paid", "spend", "text"]
        try assertRecognised(fixture("rapport-posts.csv"), as: "rapport-posts",
                             roles: Dictionary(uniqueKeysWithValues: names.map { ($0, $0) }))
    }

    func testFollowerSamples() throws {
        try assertRecognised(fixture("x-followers.csv"), as: "x-followers", kind: .followers, roles: [
            "id_str": "follower_id", "followers_count": "followers", "friends_count": "following",
            "statuses_count": "posts", "listed_count": "listed", "created_at": "created",
            "default_profile_image": "default_picture", "description": "has_bio", "url": "has_url",
            "location": "has_location",
        ])
        try assertRecognised(fixture("instagram-followers.csv"), as: "instagram-followers", kind: .followers, roles: [
            "posts": "posts", "following": "following", "followers": "followers", "has profile picture": "has_picture",
        ])
    }

    func testRealDatasetHeaders() throws {
        try assertRecognised(SharedDatasets.path("uci-facebook-metrics/dataset_Facebook.csv"), as: "facebook-insights",
                             roles: ["Page total likes": "followers", "Type": "format", "Paid": "paid",
                                     "Lifetime Post Total Reach": "reach",
                                     "Lifetime Post Total Impressions": "impressions",
                                     "Lifetime Engaged Users": "engaged_users", "comment": "comments",
                                     "like": "likes", "share": "shares"])
        try assertRecognised(SharedDatasets.path("uci-fb-live-sellers-thailand/Live.csv"), as: "facebook-live-sellers",
                             roles: ["status_id": "post_id", "status_type": "format", "status_published": "published",
                                     "num_reactions": "likes", "num_comments": "comments", "num_shares": "shares"])
        try assertRecognised(SharedDatasets.path("srf-instagram-fake-followers/labelled_1000_inclprivate.csv"),
                             as: "instagram-followers", kind: .followers,
                             roles: ["Username": "follower_id", "Number.of.posts": "posts",
                                     "Number.of.people.they.follow": "following", "Number.of.followers": "followers",
                                     "has_profile_picture": "has_picture"])
    }

    func testUnknownHeadersAndPartialMatches() {
        XCTAssertNil(PresetCatalogue.detect(columnNames: ["a", "b", "c"]))
        XCTAssertNil(PresetCatalogue.detect(columnNames: []))
        // A list of accounts has no picture column, so it is no follower sample.
        XCTAssertNil(PresetCatalogue.detect(columnNames: ["handle", "followers", "following", "posts"]))
        // Columns come and go: four of the six Thai columns, in another order and case, are enough.
        XCTAssertEqual(PresetCatalogue.detect(columnNames: ["NUM_SHARES", "status_id", "Status_Type", "num_comments"])?.name,
                       "facebook-live-sellers")
        // Without its required reach column the legacy preset is out, whatever else matches.
        XCTAssertNil(PresetCatalogue.detect(columnNames: ["Lifetime Post Total Impressions", "Lifetime Engaged Users"]))
    }

    func testNamedPresetsAndNone() throws {
        XCTAssertEqual(PresetCatalogue.named("Meta-Instagram")?.name, "meta-instagram")
        XCTAssertNil(PresetCatalogue.named("myspace"))
        XCTAssertEqual(PresetCatalogue.names.count, PresetCatalogue.all.count + 1)
        var dataset = try header(fixture("tiktok.csv"))
        let none = try XCTUnwrap(PresetCatalogue.named("none"))
        XCTAssertEqual(none.apply(to: &dataset), [])
        XCTAssertNil(dataset.kind)
        XCTAssertTrue(dataset.columns.allSatisfy { $0.role == nil })
    }

    func testEveryPresetUsesRolesOfItsKind() throws {
        for preset in PresetCatalogue.all {
            let kind = try XCTUnwrap(preset.kind, preset.name)
            let roles = preset.rules.compactMap(\.role)
            for role in roles { XCTAssertTrue(kind.roles.contains(role), "\(preset.name): \(role)") }
            XCTAssertEqual(Set(roles).count, roles.count, preset.name)
        }
    }
}
