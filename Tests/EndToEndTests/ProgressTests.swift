import Foundation
import XCTest

/// The progress line of a long import: one line on stderr at a terminal, cleared at the end; none into a pipe.
final class ProgressTests: XCTestCase {
    private var home: URL!
    /// The folder of the generated file both tests import (250,000 posts, about 38 MiB), made once.
    nonisolated(unsafe) private static var shared: URL?

    override func setUpWithError() throws {
        home = try RapportProcess.temporaryDirectory()
        if Self.shared == nil {
            let folder = try RapportProcess.temporaryDirectory()
            _ = try PersistenceTests.generatePosts(rows: 250_000, into: folder)
            Self.shared = folder
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    override class func tearDown() {
        if let shared { try? FileManager.default.removeItem(at: shared) }
        shared = nil
    }

    /// The generated file.
    private var bigFile: URL {
        get throws { try XCTUnwrap(Self.shared).appendingPathComponent("big.csv") }
    }

    func testALargeImportShowsOneProgressLineAtATerminalAndClearsIt() throws {
        let big = try bigFile
        let shell = try TmuxSession(arguments: ["--workspace", home.appendingPathComponent("ws").path, "-c",
                                                "import \(big.path) as big"], home: home, width: 160)
        // The first drawing may come before the first batch of records is counted (0 bytes, no rate yet) on a busy
        // machine; the line with a rate and a time left follows.
        let during = try shell.waitFor(" s left", timeout: 60)
        let line = try XCTUnwrap(during.split(separator: "\n").first { $0.contains("importing big.csv:") })
        // "importing big.csv: 12.3 MiB of 39.6 MiB (31 %), 10.1 MiB/s, 3 s left"
        let pattern = #"^importing big\.csv: [0-9.]+ (KiB|MiB) of [0-9.]+ MiB \([0-9]+ %\), [0-9.]+ (KiB|MiB)/s, "#
            + #"[0-9]+ (s|min [0-9]+ s) left$"#
        XCTAssertNotNil(line.range(of: pattern, options: .regularExpression), String(line))
        XCTAssertEqual(during.components(separatedBy: "importing big.csv:").count, 2, "one line, redrawn in place")
        let after = try shell.waitFor("EXITED 0", timeout: 120)
        XCTAssertTrue(after.contains("imported 250000 rows"), after)
        XCTAssertFalse(after.contains("importing big.csv:"), "the line is cleared: \(after)")
        XCTAssertFalse(after.contains("saving the workspace"), "the save's line too: \(after)")
    }

    func testAPipedRunWritesNoProgressBytes() throws {
        let big = try bigFile
        let started = Date()
        let outcome = try RapportProcess.run(["--workspace", home.appendingPathComponent("ws").path, "-c",
                                              "import \(big.path) as big; export big big-out.csv"], home: home,
                                             directory: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 1.5, "long enough that a terminal would show the line")
        XCTAssertFalse(outcome.stderr.contains("\r") || outcome.stderr.contains("\u{1B}"),
                       outcome.stderr.debugDescription)
        XCTAssertFalse(outcome.stderr.contains("importing") || outcome.stderr.contains("exporting"), outcome.stderr)
        XCTAssertFalse(outcome.stdout.contains("importing") || outcome.stdout.contains("\r"))
    }
}
