import Foundation
import XCTest

/// What a run of the real `rapport` binary gave.
struct ProcessOutcome {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The stdout lines, each parsed as a JSON object.
    func jsonLines(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { text in
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text)", file: file, line: line)
        }
    }
}

/// Runs the built `rapport` binary as a user would, with a private HOME and workspace.
enum RapportProcess {
    /// The binary built beside the test bundle.
    static var binary: URL {
        var directory = Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("rapport").path) {
            directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        return directory.appendingPathComponent("rapport")
    }

    /// The repository's root folder.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shared folder beside the repository (real datasets, bench tools).
    static var shared: URL {
        repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The environment for a test run: a private HOME and XDG folders, no colour decisions inherited.
    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["RAPPORT_WORKSPACE", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "NO_COLOR",
                    "RAPPORT_HISTORY", "SOURCE_DATE_EPOCH", "LANG", "LC_ALL", "LC_MESSAGES"] {
            environment[key] = nil
        }
        environment["HOME"] = home.path
        environment["LANG"] = "C.UTF-8"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs rapport with arguments and standard input, waiting for it to end.
    static func run(_ arguments: [String], stdin: String = "", home: URL, environment extra: [String: String] = [:],
                    directory: URL? = nil) throws -> ProcessOutcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errors = ErrorCollector(error.fileHandleForReading)
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                              stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    /// Starts rapport in the background with a pipe as standard input and its output thrown away; the caller
    /// writes lines to `input`, ends the process and waits for it.
    static func start(_ arguments: [String], home: URL) throws -> (process: Process, input: FileHandle) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(home: home)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input.fileHandleForWriting)
    }

    /// A class of this bundle, to find the bundle (and the binary beside it).
    private final class Marker {}
}

/// Reads a pipe to its end on a background thread, so stdout and stderr can both be drained.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once it closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
