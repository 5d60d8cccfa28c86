import ExportModule
import Foundation
import RapportCore
import RapportTestSupport
import XCTest

/// The export command's arguments: types, --force, refusals, and that a failed export leaves nothing behind.
final class ExportCommandTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = try ExportSample.directory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: directory + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func testExistingFileIsKeptWithoutForceAndReplacedWithIt() throws {
        let harness = try ExportSample.harness()
        try "precious\n".write(toFile: directory + "/posts.csv", atomically: false, encoding: .utf8)
        let error = try XCTUnwrap(harness.error("export posts \(directory)/posts.csv"))
        XCTAssertTrue(error.message.en.contains("exists already (add --force to replace it)"), error.message.en)
        XCTAssertEqual(error.excerpt?.offset, 13, "the caret points at the file name")
        XCTAssertEqual(contents("posts.csv"), "precious\n")
        XCTAssertNil(contents("posts.csv.meta.json"))
        try harness.run("export posts \(directory)/posts.csv --force")
        XCTAssertTrue(contents("posts.csv")?.hasPrefix("id,text,") ?? false)
        XCTAssertNotNil(contents("posts.csv.meta.json"))
    }

    func testExistingSidecarAlsoNeedsForce() throws {
        let harness = try ExportSample.harness()
        try "{}".write(toFile: directory + "/posts.csv.meta.json", atomically: false, encoding: .utf8)
        XCTAssertNotNil(harness.error("export posts \(directory)/posts.csv"))
        XCTAssertNil(contents("posts.csv"))
        XCTAssertEqual(contents("posts.csv.meta.json"), "{}")
    }

    func testTypeFlagOverridesTheExtension() throws {
        let harness = try ExportSample.harness()
        let result = try harness.run("export posts \(directory)/posts.txt --type tsv")
        XCTAssertTrue(contents("posts.txt")?.hasPrefix("id\ttext\trate") ?? false)
        XCTAssertEqual(result.json["type"], .string("tsv"))
        XCTAssertEqual(result.json["rows"], .integer(9))
    }

    func testRefusalsSayWhatIsWrong() throws {
        let accounts = Dataset(name: "accounts", columns: [.integer("followers", [1])])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [ExportSample.dataset, accounts])
        let cases: [(String, String)] = [
            ("export posts \(directory)/posts.txt", "cannot tell the type"),
            ("export posts \(directory)/posts.xlsx --dialect excel-de", "--dialect excel-de is for CSV"),
            ("export posts,accounts \(directory)/both.csv", "a csv file holds one dataset"),
            ("export posts,posts \(directory)/both.json", "posts is named twice"),
            ("export posts, \(directory)/both.json", "a dataset name is empty"),
            ("export postz \(directory)/posts.csv", "postz"),
            ("export posts \(directory) --type csv", "is a directory"),
            ("export posts \(directory)/missing/posts.csv",
             "the folder \(directory)/missing does not exist (add --mkdirs"),
            ("export posts \(directory)/posts.csv --type pdf", "pdf"),
        ]
        for (line, expected) in cases {
            let error = try XCTUnwrap(harness.error(line), line)
            XCTAssertTrue(error.message.en.lowercased().contains(expected.lowercased()), "\(line): \(error.message.en)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "no file and no temporary file")
    }

    func testSeveralDatasetsGoIntoOneJSONAndOneWorkbook() throws {
        let accounts = Dataset(name: "accounts", columns: [.integer("followers", [1, 2])])
        let harness = try CommandHarness(commands: ExportModule.commands, datasets: [ExportSample.dataset, accounts])
        let result = try harness.run("export posts,accounts \(directory)/both.json")
        // 9 posts + 2 accounts = 11 rows.
        XCTAssertEqual(result.json["rows"], .integer(11))
        let data = try XCTUnwrap(FileManager.default.contents(atPath: directory + "/both.json"))
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual((document["datasets"] as? [[String: Any]])?.map { $0["name"] as? String }, ["posts", "accounts"])
        try harness.run("export posts,accounts \(directory)/both.xlsx")
        XCTAssertNotNil(contents("both.xlsx"))
    }

    func testInterruptedExportLeavesNoFile() throws {
        let harness = try ExportSample.harness()
        interruptFlag.raise()
        defer { interruptFlag.clear() }
        for file in ["posts.csv", "posts.json", "posts.xlsx", "posts.sqlite", "posts.md", "posts.ndjson"] {
            let error = try XCTUnwrap(harness.error("export posts \(directory)/\(file)"), file)
            XCTAssertTrue(error.isInterruption, file)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
    }

    func testExportLeavesTheWorkspaceAsItWas() throws {
        let harness = try ExportSample.harness()
        let before = try harness.workspace.dataset(named: "posts")
        try harness.run("export posts \(directory)/posts.sqlite")
        XCTAssertEqual(try harness.workspace.dataset(named: "posts"), before)
        XCTAssertEqual(harness.workspace.entries.map(\.name), ["posts"])
    }
}
