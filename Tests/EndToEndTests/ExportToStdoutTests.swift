import Foundation
import XCTest

/// `export NAME -`: the dataset on stdout and nothing else there, read back by pandas against the file export.
final class ExportToStdoutTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try OutputModesTests.awkwardCSV.write(to: home.appendingPathComponent("awkward.csv"), atomically: true,
                                              encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path] + arguments, home: home,
                               directory: home)
    }

    /// Runs a Python program with pandas; fails the test with its stderr when it fails.
    private func python(_ program: String, stdin: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", program]
        process.currentDirectoryURL = home
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message, file: file, line: line)
    }

    func testPandasReadsTheSameRowsAndValuesAsFromTheFileExport() throws {
        let setup = try run(["-c", "import awkward.csv as posts; simulate posts 500 as sim; export posts posts.csv; "
                                 + "export sim sim.csv"])
        XCTAssertEqual(setup.status, 0, setup.stderr)
        for name in ["posts", "sim"] {
            let outcome = try run(["-c", "export \(name) -"])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            let file = try String(contentsOf: home.appendingPathComponent("\(name).csv"), encoding: .utf8)
            XCTAssertEqual(outcome.stdout, file, "stdout holds the file's bytes and nothing else")
            XCTAssertTrue(outcome.stderr.contains("exported \(name) ("), outcome.stderr)
            try python("""
                import io, sys, pandas
                piped = pandas.read_csv(io.StringIO(sys.stdin.read()), keep_default_na=False)
                exported = pandas.read_csv("\(name).csv", keep_default_na=False)
                assert piped.shape == exported.shape, (piped.shape, exported.shape)
                assert list(piped.columns) == list(exported.columns)
                pandas.testing.assert_frame_equal(piped, exported, check_exact=True)
                """, stdin: outcome.stdout)
        }
        // The awkward texts, as pandas reads them from stdout.
        let outcome = try run(["-c", "export posts -"])
        try python("""
            import io, sys, pandas
            frame = pandas.read_csv(io.StringIO(sys.stdin.read()), keep_default_na=False)
            texts = ['comma, "quoted"\\nsecond line', 'Zoë | ä ö ü ß 日本', "'=1+1", 'plain\\ttab']
            assert list(frame["text"]) == texts, list(frame["text"])
            assert abs(float(frame["share"][0]) - 0.035) < 1e-15 and frame["share"][2] == "", list(frame["share"])
            """, stdin: outcome.stdout)
        let names = try FileManager.default.contentsOfDirectory(atPath: home.path)
        XCTAssertFalse(names.contains("-") || names.contains("-.meta.json"), "no file named -: \(names)")
    }

    func testEveryTextTypeGoesToStdoutAndBinaryTypesAreRefused() throws {
        XCTAssertEqual(try run(["-c", "import awkward.csv as posts"]).status, 0)
        let ndjson = try run(["-c", "export posts - --type ndjson"])
        let lines = ndjson.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        let first = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["text"] as? String, OutputModesTests.texts[0])
        let tsv = try run(["-c", "export posts - --type tsv"])
        XCTAssertTrue(tsv.stdout.hasPrefix("id\ttext\tlikes\tshare\tpublished\r\n"), tsv.stdout)
        let markdown = try run(["-c", "export posts - --type md"])
        XCTAssertTrue(markdown.stdout.contains("| id | text | likes | share | published |"), markdown.stdout)
        for type in ["xlsx", "sqlite"] {
            let refused = try run(["-c", "export posts - --type \(type)"])
            XCTAssertEqual(refused.status, 1)
            XCTAssertEqual(refused.stdout, "")
            XCTAssertTrue(refused.stderr.contains("\(type) is a binary file and cannot go to stdout"), refused.stderr)
        }
    }

    func testJSONModePrintsNothingButTheDataAndMetaWritesTheRecordElsewhere() throws {
        XCTAssertEqual(try run(["-c", "import awkward.csv as posts"]).status, 0)
        let outcome = try run(["--json", "-c", "export posts - --meta records/posts.meta.json --mkdirs"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.hasPrefix("id,text,likes,share,published\r\n"),
                      "no JSON document: \(outcome.stdout)")
        XCTAssertFalse(outcome.stdout.contains("\"ok\""))
        let record = try Data(contentsOf: home.appendingPathComponent("records/posts.meta.json"))
        let provenance = try XCTUnwrap(try JSONSerialization.jsonObject(with: record) as? [String: Any])
        XCTAssertEqual((provenance["datasets"] as? [[String: Any]])?.first?["rows"] as? Int, 4)
        XCTAssertTrue(outcome.stderr.contains("provenance in records/posts.meta.json"), outcome.stderr)
    }

    func testAMissingFolderIsNamedAndMadeWithMkdirs() throws {
        XCTAssertEqual(try run(["-c", "import awkward.csv as posts"]).status, 0)
        let refused = try run(["-c", "export posts out/a/posts.csv"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("the folder out/a does not exist (add --mkdirs to create it)"),
                      refused.stderr)
        let made = try run(["-c", "export posts out/a/posts.csv --mkdirs; report out/b/findings.md --mkdirs"])
        XCTAssertEqual(made.status, 0, made.stderr)
        for file in ["out/a/posts.csv", "out/a/posts.csv.meta.json", "out/b/findings.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent(file).path), file)
        }
        let report = try run(["-c", "report out/c/findings.html"])
        XCTAssertTrue(report.stderr.contains("the folder out/c does not exist"), report.stderr)
    }
}
