import Foundation
import XCTest

/// A change a command reported survives whatever ends the process afterwards (but kill -9): a closed pipe, SIGTERM,
/// SIGHUP, a second Ctrl-C, a crash. Each test imports a file large enough that its save is still being written when
/// the process is told to end.
final class LostWorkTests: XCTestCase {
    /// The folder of the posts file all tests import, made once.
    nonisolated(unsafe) private static var shared: URL?
    private var home: URL!
    private var workspace: URL!
    private var big: URL!

    override func setUpWithError() throws {
        if Self.shared == nil {
            let folder = try RapportProcess.temporaryDirectory()
            _ = try PersistenceTests.generatePosts(rows: Self.rows, into: folder)
            Self.shared = folder
        }
        big = try XCTUnwrap(Self.shared).appendingPathComponent("big.csv")
        home = try RapportProcess.temporaryDirectory()
        workspace = home.appendingPathComponent("ws")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    override class func tearDown() {
        if let shared { try? FileManager.default.removeItem(at: shared) }
        shared = nil
    }

    /// Rows of the posts file: enough that saving them takes a good part of a second.
    private static let rows = 100_000

    /// Starts rapport on the workspace with standard output in a pipe the test reads, standard input from `input`
    /// (or nothing); standard error is dropped.
    private func start(_ arguments: [String], input: Pipe? = nil, environment: [String: String] = [:]) throws
        -> (Process, FileHandle) {
        let process = Process()
        process.executableURL = RapportProcess.binary
        process.arguments = ["--workspace", workspace.path] + arguments
        process.environment = RapportProcess.environment(home: home, extra: environment)
        process.currentDirectoryURL = home
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        return (process, output.fileHandleForReading)
    }

    /// Reads from a pipe until a whole line came, and returns it.
    private func firstLine(of handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while !bytes.contains(0x0A) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
    }

    /// The names of the workspace's datasets, read by a fresh rapport that also shows one row of `big`.
    private func savedDatasets(file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let outcome = try RapportProcess.run(["--workspace", workspace.path, "--json", "-c", "datasets"], home: home)
        XCTAssertEqual(outcome.status, 0, outcome.stderr, file: file, line: line)
        let rows = (try outcome.jsonLines().first?["result"] as? [String: Any])?["rows"] as? [[Any]] ?? []
        let names = rows.compactMap { $0.first as? String }
        if names.contains("big") {
            let shown = try RapportProcess.run(["--workspace", workspace.path, "-c", "show big --limit 1"], home: home)
            XCTAssertEqual(shown.status, 0, "the saved dataset is complete: \(shown.stderr)", file: file, line: line)
        }
        return names
    }

    func testAReaderThatLeavesStopsThePrintingNotTheSave() throws {
        // More rows than a pipe holds, so the table is still being written when the reader goes.
        let (process, output) = try start(["-c", "import \(big.path) as big; show big --limit 5000"])
        XCTAssertTrue(firstLine(of: output).hasPrefix("imported \(Self.rows) rows"))
        try output.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "EPIPE is no death by SIGPIPE")
        XCTAssertEqual(process.terminationStatus, 141, "128 + SIGPIPE, as a shell would show it")
        XCTAssertEqual(try savedDatasets(), ["big"])
    }

    func testSignalsThatEndRapportLetTheSaveFinishFirst() throws {
        for (signals, status) in [([SIGTERM], SIGTERM), ([SIGHUP], SIGHUP), ([SIGINT, SIGINT], 130)] {
            try? FileManager.default.removeItem(at: workspace)
            let input = Pipe()
            let (process, output) = try start([], input: input)
            input.fileHandleForWriting.write(Data("import \(big.path) as big\n".utf8))
            try input.fileHandleForWriting.close()
            XCTAssertTrue(firstLine(of: output).hasPrefix("imported \(Self.rows) rows"))
            // A moment later the script is over and rapport waits for the save, which nothing interrupts: the signals
            // come then (two Ctrl-C a moment apart, so that they stay two signals).
            usleep(50_000)
            for signal in signals {
                kill(process.processIdentifier, signal)
                usleep(20_000)
            }
            process.waitUntilExit()
            if status == 130 {
                XCTAssertEqual(process.terminationReason, .exit)
            } else {
                XCTAssertEqual(process.terminationReason, .uncaughtSignal, "it still ends by the signal")
            }
            XCTAssertEqual(process.terminationStatus, status)
            XCTAssertEqual(try savedDatasets(), ["big"], "after \(signals)")
        }
    }

    #if DEBUG
    func testACrashAfterAnImportKeepsTheImport() throws {
        let (process, output) = try start(["-c", "import \(big.path) as big; show big"],
                                          environment: ["RAPPORT_DEBUG_CRASH": "show", "SWIFT_BACKTRACE": "enable=no"])
        XCTAssertTrue(firstLine(of: output).hasPrefix("imported \(Self.rows) rows"))
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the crash stays a crash")
        XCTAssertEqual(process.terminationStatus, SIGILL)
        XCTAssertEqual(try savedDatasets(), ["big"])
    }
    #endif
}
