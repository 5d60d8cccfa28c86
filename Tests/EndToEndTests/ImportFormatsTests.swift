import Foundation
import XCTest

/// `import` of a workbook sheet and a monthly append, as a piped script against the real binary.
final class ImportFormatsTests: XCTestCase {
    private var home: URL!

    /// A private home holding the workbook and two monthly CSV files.
    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        let workbook = RapportProcess.repository.appendingPathComponent("Tests/ImportModuleTests/Fixtures/xlsx/types.xlsx")
        try FileManager.default.copyItem(at: workbook, to: home.appendingPathComponent("types.xlsx"))
        try "post_id,likes\n1,10\n2,20\n".write(to: home.appendingPathComponent("jan.csv"), atomically: true, encoding: .utf8)
        try "post_id,likes\n2,25\n3,30\n".write(to: home.appendingPathComponent("feb.csv"), atomically: true, encoding: .utf8)
    }

    /// Removes the private home.
    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testSheetAndAppendInOneScript() throws {
        let script = "import types.xlsx --sheet accounts as accounts\nimport jan.csv as posts\n"
            + "import feb.csv --append posts --dedupe-on post_id\n"
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json"],
                                             stdin: script, home: home, directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let results = try outcome.jsonLines().compactMap { $0["result"] as? [String: Any] }
        XCTAssertEqual(results.count, 3)
        // The accounts sheet holds 3 rows (make_xlsx.py); post 2 of February replaces January's, post 3 is new.
        XCTAssertEqual(results.first?["rows"] as? Int, 3)
        XCTAssertEqual(results.last?["message"] as? String,
                       "appended 2 rows from feb.csv to posts: 1 added, 1 replaced; posts now has 3 rows")
    }
}
