import Foundation
import XCTest

/// The workspace on disk survives kills, reports damage, and is written by one shell at a time.
final class PersistenceTests: XCTestCase {
    private var home: URL!
    private var workspace: URL!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
        try ScriptedModeTests.postsCSV.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ arguments: [String], stdin: String = "") throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", workspace.path] + arguments, stdin: stdin, home: home, directory: home)
    }

    /// A posts file big enough that importing and saving it takes a while, from the shared generator.
    private func bigFile(rows: Int) throws -> URL {
        try Self.generatePosts(rows: rows, into: home)
    }

    /// Writes `big.csv` with the shared bench generator into a directory; without `../shared`, rapport's own
    /// simulator and export write one.
    static func generatePosts(rows: Int, into home: URL) throws -> URL {
        let url = home.appendingPathComponent("big.csv")
        let generator = RapportProcess.shared.appendingPathComponent("bench/gen_posts.py")
        guard FileManager.default.fileExists(atPath: generator.path) else {
            let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("generator").path, "-c",
                                                  "simulate posts \(rows) as big; export big \(url.path)"], home: home)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            return url
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path,
                             String(rows), url.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "gen_posts.py failed")
        return url
    }

    func testKillDuringSaveLeavesTheLastSavedStateReadable() throws {
        let big = try bigFile(rows: 150_000)
        XCTAssertEqual(try run(["-c", "import posts.csv as small"]).status, 0)
        for delay in [0.05, 0.2, 0.4, 0.7, 1.0, 1.5] {
            let (process, _) = try RapportProcess.start(["--workspace", workspace.path, "-c", "import \(big.path) as big --replace"],
                                                        home: home)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try run(["--json", "-c", "datasets; show small --limit 1"])
            XCTAssertEqual(after.status, 0, "after a kill at \(delay) s: \(after.stderr)")
            let names = try XCTUnwrap((try after.jsonLines()[0]["result"] as? [String: Any])?["rows"] as? [[Any]]).map { $0[0] as? String }
            XCTAssertTrue(names.contains("small"))
            if names.contains("big") {
                let shown = try run(["--json", "-c", "show big --limit 1"])
                XCTAssertEqual(shown.status, 0, "a dataset the manifest names must be complete: \(shown.stderr)")
            }
        }
    }

    func testCorruptedDatasetFileIsReportedByPathAndLeftAlone() throws {
        XCTAssertEqual(try run(["-c", "import posts.csv as posts"]).status, 0)
        let data = workspace.appendingPathComponent("data")
        let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: data.path).first { $0.hasSuffix(".json") })
        let path = data.appendingPathComponent(file)
        let damaged = Data("{\"format\":\"rapport-dataset\",\"version\":1,\"rows\":3,\"columns\":[{\"name\":".utf8)
        try damaged.write(to: path)
        let outcome = try run(["-c", "show posts"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains(file), outcome.stderr)
        XCTAssertEqual(try Data(contentsOf: path), damaged, "a damaged file is never overwritten")
        XCTAssertEqual(try run(["-c", "datasets"]).status, 0, "the rest of the workspace still opens")
    }

    func testATypoInAFileEntryNeverGetsTheRealFileDeleted() throws {
        XCTAssertEqual(try run(["-c", "import posts.csv as first; import posts.csv as second"]).status, 0)
        let manifest = workspace.appendingPathComponent("workspace.json")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        XCTAssertTrue(text.contains("\"data/first-1.json\""))
        try text.replacingOccurrences(of: "\"data/first-1.json\"", with: "\"data/first-1.jsn\"")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let outcome = try run(["-c", "datasets"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("data/first-1.jsn"), "the damage is pointed out: \(outcome.stderr)")
        let data = workspace.appendingPathComponent("data")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted(), ["first-1.json", "second-2.json"])
    }

    func testAShellWhoseLockFileWasDeletedSaysSoAndLeavesTheOtherShellsWorkAlone() throws {
        XCTAssertEqual(try run(["-c", "import posts.csv as posts"]).status, 0)
        let first = Process()
        first.executableURL = RapportProcess.binary
        first.arguments = ["--workspace", workspace.path]
        first.environment = RapportProcess.environment(home: home)
        first.currentDirectoryURL = home
        let input = Pipe(), errors = Pipe()
        first.standardInput = input
        first.standardOutput = FileHandle.nullDevice
        first.standardError = errors
        try first.run()
        input.fileHandleForWriting.write(Data("datasets\n".utf8))
        Thread.sleep(forTimeInterval: 1.0)
        XCTAssertEqual(unlink(workspace.appendingPathComponent("workspace.lock").path), 0)
        let second = try run(["-c", "import posts.csv as other"])
        XCTAssertEqual(second.status, 0, "the lock file is gone, so the second shell writes: \(second.stderr)")
        input.fileHandleForWriting.write(Data("import posts.csv as mine\n".utf8))
        try input.fileHandleForWriting.close()
        first.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(first.terminationStatus, 1)
        XCTAssertTrue(said.contains("not saved: workspace.lock in \(workspace.path) was deleted or replaced"), said)
        let after = try run(["--json", "-c", "datasets"])
        let rows = try XCTUnwrap((try after.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.compactMap { $0.first as? String }, ["posts", "other"], "the second shell's work stays")
        XCTAssertEqual(try run(["-c", "show other --limit 1"]).status, 0, "and its file too")
    }

    func testUndoRestoresADroppedDataset() throws {
        let outcome = try run(["--json"], stdin: "import posts.csv as posts\ndrop posts\nundo\nshow posts --columns likes\n")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let rows = try XCTUnwrap((try outcome.jsonLines()[3]["result"] as? [String: Any])?["rows"] as? [[Any]])
        XCTAssertEqual(rows.map { $0[0] as? Int }, [10, 20, 5])
        let undo = try XCTUnwrap(try outcome.jsonLines()[2]["result"] as? [String: Any])
        XCTAssertEqual(undo["undone"] as? String, "drop posts", "undo names the command it took back")
        XCTAssertEqual(undo["undo_steps_left"] as? Int, 1)
        let reopened = try run(["--json", "-c", "datasets"])
        XCTAssertTrue(reopened.stdout.contains("\"posts\""), "the undone drop is saved too")
    }

    func testASecondShellOpensReadOnlyAndCannotWrite() throws {
        XCTAssertEqual(try run(["-c", "import posts.csv as posts"]).status, 0)
        let (holder, input) = try RapportProcess.start(["--workspace", workspace.path], home: home)
        defer {
            try? input.close()
            holder.waitUntilExit()
        }
        input.write(Data("datasets\n".utf8))
        Thread.sleep(forTimeInterval: 1.0)
        let second = try run(["-c", "drop posts"])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("read-only"), second.stderr)
        let reading = try run(["-c", "show posts --limit 1"])
        XCTAssertEqual(reading.status, 0, "reading still works: \(reading.stderr)")
        try input.close()
        holder.waitUntilExit()
        XCTAssertEqual(try run(["-c", "drop posts"]).status, 0, "once the first shell is gone, writing works again")
    }
}
