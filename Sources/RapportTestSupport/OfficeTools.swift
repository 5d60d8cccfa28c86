import Foundation
import XCTest

/// The real programs the Office tests open files with: LibreOffice (`soffice`) and poppler's `pdfinfo`/`pdftoppm`.
/// `make test` installs them when missing; elsewhere the tests that need them are skipped. (The module tests run the
/// Office fixtures' Python scripts through `OfficeTools.python`, in ExportModuleTests.)
public enum OfficeTools {
    /// A fresh empty directory for a test's files.
    public static func directory() throws -> String {
        let path = NSTemporaryDirectory() + "rapport-office-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// LibreOffice's program, or a skip naming the Debian packages.
    public static func libreOffice() throws -> String {
        let programs = ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        guard let found = programs.first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("LibreOffice is not installed "
                + "(apt packages libreoffice-calc-nogui, libreoffice-impress-nogui)")
        }
        return found
    }

    /// A poppler program (`pdfinfo`, `pdftoppm`), or a skip naming the Debian package.
    public static func poppler(_ name: String) throws -> String {
        let path = "/usr/bin/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("\(name) is not installed (apt package poppler-utils)")
        }
        return path
    }

    /// Converts `file` with LibreOffice to `filter` (such as `pdf`) into `directory`, with a profile of its own there,
    /// and fails unless LibreOffice ends well within three minutes and writes the file.
    @discardableResult
    public static func convert(_ file: String, to filter: String, office: String, in directory: String,
                        file line: StaticString = #filePath, line number: UInt = #line) throws -> String {
        let profile = URL(fileURLWithPath: directory).appendingPathComponent("office-profile").absoluteString
        let output = try run(office, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", filter,
                                      "--outdir", directory, file], environment: ["HOME": directory], timeout: 180)
        let base = (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        let written = directory + "/" + base + "." + String(filter.prefix { $0 != ":" })
        XCTAssertTrue(FileManager.default.fileExists(atPath: written), "LibreOffice wrote no \(written): \(output)",
                      file: line, line: number)
        return written
    }

    /// The number of pages of a PDF, as pdfinfo reads it.
    public static func pages(_ pdf: String) throws -> Int? {
        let info = try run(try poppler("pdfinfo"), [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// Runs a program and returns its standard output; fails on a status other than 0 and stops it at `timeout`.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: Double = 60) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationStatus, 0, "\(program) \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }
}
