import XCTest
import RapportCore
@testable import ImportModule

/// `import --append` through the command; expected values worked out by hand from the literal files.
final class ImportCommandAppendTests: XCTestCase {
    private var harness: ImportHarness!

    /// A fresh harness and folder per test.
    override func setUpWithError() throws {
        harness = try ImportHarness()
    }

    /// Removes the test's folder.
    override func tearDown() {
        harness.removeFolder()
    }

    /// A workspace holding `posts` from a January file: post_id 1, 2, 3 with likes 10, 20, 30.
    private func january() throws -> Workspace {
        let workspace = try Workspace(store: MemoryStore())
        _ = try harness.run("import \(try harness.write("jan.csv", "post_id,likes\n1,10\n2,20\n3,30\n")) as posts", in: workspace)
        return workspace
    }

    func testTheOriginNamesBothFilesWithTheirSizesAndDigests() throws {
        let workspace = try january()
        let january = try XCTUnwrap(workspace.entry(named: "posts"))
        let february = try harness.write("feb.csv", "post_id,likes,shares\n3,35,1\n4,40,2\n")
        _ = try harness.run("import \(february) --append posts", in: workspace)
        let origin = try XCTUnwrap(workspace.entry(named: "posts")?.origin)
        // Sizes and digests of the two literal files by Python's hashlib.sha256; neither header is a platform's.
        XCTAssertEqual(origin.files, [
            SourceFile(path: february, bytes: 35, sha256: "c48ec707791e78ad3f062db3979bbea429c8b92fbad11cfb5c655f574ddb0083"),
            // The first import guessed the two roles from the names, which are the roles' own.
            SourceFile(path: harness.folder + "jan.csv", bytes: 29,
                       sha256: "50ad3ece4247ba031f0a8605eb6218c78906da0bc91e22064db9e873b61164ca",
                       guessedRoles: [GuessedRole(column: "post_id", role: .postID),
                                      GuessedRole(column: "likes", role: .likes)]),
        ])
        XCTAssertEqual(origin.inputs, [DatasetOrigin.Input(name: "posts", file: january.file)])
        XCTAssertEqual(origin.command, "import \(february) --append posts")
        XCTAssertEqual(origin.parameters.last, DatasetOrigin.Parameter("--append", "posts"))
    }

    func testMonthlyExportsStackAndTheNewestRowWins() throws {
        let workspace = try january()
        let february = try harness.write("feb.csv", "post_id,likes,shares\n3,35,1\n4,40,2\n")
        let result = try harness.run("import \(february) --append posts --dedupe-on post_id", in: workspace)
        // Post 3 is replaced by February's, post 4 is new: 1, 2, 3, 4 with likes 10, 20, 35, 40.
        XCTAssertEqual(result.json["message"]?.stringValue,
                       "appended 2 rows from feb.csv to posts: 1 added, 1 replaced; posts now has 4 rows")
        let posts = try workspace.dataset(named: "posts")
        XCTAssertEqual(posts.columnNames, ["post_id", "likes", "shares"])
        let likes = try XCTUnwrap(posts.column(named: "likes"))
        XCTAssertEqual((0..<likes.count).map { likes.data[$0] }, [.integer(10), .integer(20), .integer(35), .integer(40)])
    }

    func testDuplicatesWithinTheFileAreCountedAsLeftOut() throws {
        let workspace = try january()
        let march = try harness.write("mar.csv", "post_id,likes\n5,50\n5,55\n2,22\n6,60\n")
        let result = try harness.run("import \(march) --append posts --dedupe-on post_id", in: workspace)
        // Post 5 twice (the later 55 wins), post 2 replaced, post 6 new: 4 read, 2 added, 1 replaced, 1 left out.
        XCTAssertEqual(result.json["message"]?.stringValue,
                       "appended 4 rows from mar.csv to posts: 2 added, 1 replaced, 1 left out as earlier duplicates within the file; posts now has 5 rows")
        let again = try harness.write("apr.csv", "post_id,likes\n6,66\n")
        XCTAssertTrue(try harness.run("import \(again) --append posts --dedupe-on POST_ID", in: workspace).json["message"]?
            .stringValue?.contains("0 added, 1 replaced") == true, "the key's name is matched in any case, like every column name")
        let one = try harness.write("one.csv", "post_id,likes\n7,70\n")
        XCTAssertEqual(try harness.run("import \(one) --append posts", in: workspace).json["message"]?.stringValue,
                       "appended 1 row from one.csv to posts: 1 added, 0 replaced; posts now has 6 rows")
    }

    func testAClashLeavesTheWorkspaceUnchanged() throws {
        let workspace = try january()
        let before = try workspace.dataset(named: "posts")
        let bad = try harness.write("bad.csv", "post_id,likes\n5,many\n")
        XCTAssertEqual(harness.error("import \(bad) --append posts", in: workspace),
                       Words.appendTypeClash("likes", dataset: "posts", existing: "integer", file: bad, found: "text"))
        XCTAssertEqual(try workspace.dataset(named: "posts"), before)
        XCTAssertEqual(workspace.entries.map(\.name), ["posts"])
    }

    func testContradictingFlagsAreRefusedBeforeReading() throws {
        let workspace = try january()
        let file = try harness.write("feb.csv", "post_id\n9\n")
        XCTAssertEqual(harness.error("import \(file) as other --append posts", in: workspace), Words.appendContradicts("as NAME"))
        XCTAssertEqual(harness.error("import \(file) --append posts --replace", in: workspace), Words.appendContradicts("--replace"))
        XCTAssertEqual(harness.error("import \(file) --append posts --preset none", in: workspace), Words.appendContradicts("--preset"))
        XCTAssertEqual(harness.error("import \(file) --dedupe-on post_id", in: workspace), Words.dedupeNeedsAppend)
        XCTAssertEqual(harness.error("import \(file) --append nothing", in: workspace), Words.unknownDataset("nothing"))
        XCTAssertEqual(try workspace.dataset(named: "posts").rowCount, 3)
    }
}
