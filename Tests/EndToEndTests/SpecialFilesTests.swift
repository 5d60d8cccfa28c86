import Foundation
import XCTest

/// Paths that name no file, a FIFO without a writer and an endless device, are refused at once wherever rapport reads a
/// file: they used to hang a script for good.
final class SpecialFilesTests: XCTestCase {
    private var home: URL!
    private var fifo: String!

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        try ScriptedModeTests.postsCSV.write(to: home.appendingPathComponent("posts.csv"), atomically: true, encoding: .utf8)
        fifo = home.appendingPathComponent("pipe.csv").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func run(_ commands: String, environment: [String: String] = [:]) throws -> ProcessOutcome {
        try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "-c", commands], home: home,
                               environment: environment, directory: home)
    }

    func testAFIFOAndADeviceAreRefusedWhereverAFileIsRead() throws {
        let started = Date()
        let cases = [
            ("import \(fifo!)", fifo!),
            ("source /dev/zero", "/dev/zero"),
            ("import posts.csv as posts; voice posts --from \(fifo!)", fifo!),
            ("survey instrument add \(fifo!)", fifo!),
        ]
        for (commands, path) in cases {
            let outcome = try run(commands)
            XCTAssertEqual(outcome.status, 1, commands)
            XCTAssertTrue(outcome.stderr.contains("\(path) is not a regular file"), "\(commands): \(outcome.stderr)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "nothing waited for a writer or read for ever")
    }

    func testAPluginManifestThatIsAFIFODoesNotHangStartUp() throws {
        let folder = home.appendingPathComponent("plugins/stuck")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("plugin.json").path, 0o600), 0)
        let started = Date()
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "--json", "-c", "plugin list"],
                                             home: home, environment: ["RAPPORT_PLUGIN_PATH": folder.path], directory: home)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("plugin.json is not a regular file"), outcome.stdout)
    }
}
