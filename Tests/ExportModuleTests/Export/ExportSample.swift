import ExportModule
import Foundation
import ImportModule
import RapportCore
import RapportTestSupport
import XCTest

/// The small dataset every export test writes: every column type, missing values, and hostile texts.
enum ExportSample {
    /// The hostile and awkward texts, one per row.
    static let texts: [String?] = [
        "plain ä ö ü ß",
        "comma, \"quoted\"\nsecond line",
        "=HYPERLINK(\"http://x.example\",\"click\")",
        "@SUM(A1:A2)",
        "+1+2",
        "-5",
        "\tcmd",
        nil,
        "<script>alert(1)</script> | *bold*",
    ]

    /// `posts`: id (integer), text, rate (decimal), reach (integer with a missing value), paid (boolean), published (time).
    static var dataset: Dataset {
        Dataset(name: "posts", columns: [
            .integer("id", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
            .text("text", texts),
            .decimal("rate", [0.5, 1.25, nil, -0.001, 1234.5678, 2.5e-07, 0, 3, -7.75]),
            .integer("reach", [100, nil, -3, 1_000_000, 0, 42, 7, 8, 9]),
            Column(name: "paid", data: .boolean([true, false, true, false, true, false, true, false, true], MissingMask())),
            Column(name: "published", data: .time([
                // 2025-03-01T14:05:00Z: 20148 days × 86400 + 14×3600 + 5×60 = 1740837900
                1_740_837_900,
                // 2025-07-01T10:00:00Z: 20270 days × 86400 + 10×3600 = 1751364000
                1_751_364_000,
                0, 86_399, 951_782_400, 1_740_837_900, 1_740_837_900, 1_740_837_900, 1_740_837_900,
            ], MissingMask(flags: [false, false, false, false, false, false, false, true, false]))),
        ])
    }

    /// The sample with its `rate` column playing the rate role, as a metric's result column does.
    static var withRateRole: Dataset {
        var sample = dataset
        sample.setRole(.rate, ofColumnAt: 2)
        return sample
    }

    /// The command the sample is stored as coming from, and the file it names (its size and SHA-256 made up).
    static let command = "import sample.csv as posts --preset none"
    static let file = SourceFile(path: "sample.csv", bytes: 1234, sha256: String(repeating: "0123456789abcdef", count: 4))

    /// A harness holding the sample (or other datasets), stored as `command` would store it (so their origin names
    /// the command, its parameters and `file`), with the workspace's time zone set to `zone`, commands run in
    /// `language`.
    static func harness(timeZone zone: String = "UTC", language: Language = .en,
                        datasets: [Dataset] = [dataset]) throws -> CommandHarness {
        let harness = try CommandHarness(commands: ExportModule.commands, language: language)
        let (importer, invocation, _) = try InvocationParser.parse(command, tokens: try Lexer.words(command),
                                                                   registry: Registry(ImportModule.commands))
        let origin = DatasetOrigin(command: command, invocation: invocation, spec: importer.spec)
        try harness.workspace.perform(command: command, logged: true, origin: origin) {
            for dataset in datasets { try harness.workspace.put(dataset, file: file) }
        }
        try harness.workspace.perform(command: "set timezone", logged: false) {
            try harness.workspace.setSetting("timezone", to: zone)
        }
        return harness
    }

    /// A fresh empty directory for one test's files.
    static func directory() throws -> String {
        let path = NSTemporaryDirectory() + "rapport-export-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs a committed Python script beside the tests and returns what it printed, parsed as JSON.
    static func python(_ script: String, _ arguments: [String], file: StaticString = #filePath,
                       line: UInt = #line) throws -> Any {
        let scriptPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/" + script).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptPath] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            XCTFail("python3 \(script) failed (\(process.terminationStatus)): \(errorText)", file: file, line: line)
            throw PythonFailed()
        }
        return try JSONSerialization.jsonObject(with: data)
    }

    /// Thrown after a Python check script failed (the failure is already reported).
    struct PythonFailed: Error {}
}
