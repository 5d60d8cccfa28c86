import Foundation
import RapportCore
import XCTest
@testable import PluginHost

/// One plugin program: lines in and out, its end, its time limit.
final class PluginProcessTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = try ScriptedPlugin.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func program(_ body: String) throws -> String {
        try ("#!/bin/sh\n" + body + "\n").write(toFile: folder + "/p.sh", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/p.sh")
        return folder + "/p.sh"
    }

    func testLinesGoBackAndForth() throws {
        let process = try PluginProcess(executable: try program("read -r a; echo \"got $a\"; read -r b; echo \"and $b\""), timeLimit: 10)
        defer { process.stop() }
        process.send("one")
        XCTAssertEqual(try process.nextLine(), "got one")
        process.send("two")
        XCTAssertEqual(try process.nextLine(), "and two")
        XCTAssertNoThrow(try process.finish())
    }

    func testAnEarlyEndReportsTheStatus() throws {
        let process = try PluginProcess(executable: try program("exit 4"), timeLimit: 10)
        defer { process.stop() }
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .ended(status: 4, signal: false))
        }
    }

    func testTheTimeLimitStopsAHangingProgram() throws {
        let started = Date()
        let process = try PluginProcess(executable: try program("sleep 30"), timeLimit: 1)
        defer { process.stop() }
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .timedOut(1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testAProgramThatDoesNotReadItsInputCannotBlock() throws {
        let process = try PluginProcess(executable: try program("sleep 30"), timeLimit: 1)
        defer { process.stop() }
        process.send(String(repeating: "x", count: 1_000_000))
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .timedOut(1), "a megabyte fills the pipe, yet the limit still holds")
        }
    }

    func testCtrlCStopsTheProgramAtOnce() throws {
        let started = Date()
        let process = try PluginProcess(executable: try program("sleep 30"), timeLimit: 30)
        defer { process.stop() }
        interruptFlag.raise()
        defer { interruptFlag.clear() }
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .interrupted)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "well before the 30 s limit")
    }
}
