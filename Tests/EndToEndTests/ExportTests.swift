import Foundation
import XCTest

/// `export` through the real binary: a piped script imports a CSV and exports it, and a second export
/// to the same file fails with the script's file:line until --force is given.
final class ExportTests: XCTestCase {
    private var home: URL!

    /// A private home holding a small posts file with a hostile text.
    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try "id,text,likes\n1,hello,10\n2,\"=1+1\",20\n".write(to: home.appendingPathComponent("in.csv"),
                                                                 atomically: true, encoding: .utf8)
    }

    /// Removes the private home.
    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testExportWritesTheFileAndRefusesToOverwriteWithoutForce() throws {
        let workspace = home.appendingPathComponent("ws").path
        let first = try RapportProcess.run(["--workspace", workspace], stdin: "import in.csv as posts\nexport posts out.csv\n",
                                           home: home, directory: home)
        XCTAssertEqual(first.status, 0, first.stderr)
        let text = try String(contentsOf: home.appendingPathComponent("out.csv"), encoding: .utf8)
        // By hand: header, row 1, and the formula behind an apostrophe; CRLF line ends.
        XCTAssertEqual(text, "id,text,likes\r\n1,hello,10\r\n2,'=1+1,20\r\n")
        let meta = try Data(contentsOf: home.appendingPathComponent("out.csv.meta.json"))
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: meta) as? [String: Any])
        XCTAssertEqual((record["datasets"] as? [[String: Any]])?.first?["rows"] as? Int, 2)

        let again = try RapportProcess.run(["--workspace", workspace], stdin: "export posts out.csv\n",
                                           home: home, directory: home)
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("out.csv exists already (add --force to replace it)"), again.stderr)
        let forced = try RapportProcess.run(["--workspace", workspace], stdin: "export posts out.csv --force\n",
                                            home: home, directory: home)
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }
}
