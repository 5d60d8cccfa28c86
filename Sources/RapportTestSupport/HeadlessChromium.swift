import Foundation
import XCTest

/// Debian's `chromium` run headless on a page: what it prints (`--dump-dom`) or writes (`--screenshot`), with a
/// watchdog of 120 s. Tests skip where Chromium is not installed.
public struct HeadlessChromium {
    /// The browser's program.
    public let program: String
    /// A folder for the browser's profile.
    public let profile: String

    /// The installed browser, or a skip.
    public init(profile: String) throws {
        let places = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        guard let found = places.first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("chromium is not installed (apt-get install chromium)") }
        program = found
        self.profile = profile
    }

    /// Opens a file with extra arguments and returns what the browser printed; fails the test on a nonzero exit.
    public func run(_ arguments: [String], file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)"]
            + arguments + [URL(fileURLWithPath: file).absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationStatus, 0, "chromium \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}
