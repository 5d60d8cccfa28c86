import Foundation
import RapportCore
import RapportTestSupport
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

    /// The helper a program started with `setsid` (in a session of its own, outside the plugin's group), from the file
    /// the program wrote its process id to.
    private func helper() throws -> pid_t {
        let text = try String(contentsOfFile: folder + "/helper.pid", encoding: .utf8)
        return try XCTUnwrap(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    func testAHelperThatKeepsTheOutputOpenDoesNotHoldTheConversationAndEndsWithIt() throws {
        let started = Date()
        let body = "setsid sleep 300 & echo $! > \(folder!)/helper.pid; read -r a; echo \"got $a\""
        let process = try PluginProcess(executable: try program(body), timeLimit: 10)
        process.send("one")
        XCTAssertEqual(try process.nextLine(), "got one")
        XCTAssertNoThrow(try process.finish(), "the program ended with 0; the helper's open pipe does not matter")
        process.stop()
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "well before the 10 s limit")
        XCTAssertTrue(ProcessEnd.hasEnded(try helper()), "the helper is ended with the plugin")
    }

    func testTheTimeLimitHoldsAndEndsAHelperOfAProgramThatNeverAnswers() throws {
        let started = Date()
        let process = try PluginProcess(executable: try program("setsid sleep 300 & echo $! > \(folder!)/helper.pid; sleep 30"),
                                        timeLimit: 1)
        defer { process.stop() }
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .timedOut(1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertTrue(ProcessEnd.hasEnded(try helper()))
    }

    func testAProgramThatEndsWithoutAnAnswerWhileAHelperHoldsTheOutputEndsTheConversation() throws {
        let process = try PluginProcess(executable: try program("setsid sleep 300 & echo $! > \(folder!)/helper.pid; exit 5"),
                                        timeLimit: 10)
        defer { process.stop() }
        XCTAssertThrowsError(try process.nextLine()) { error in
            XCTAssertEqual(error as? PluginFailure, .ended(status: 5, signal: false))
        }
        process.stop()
        XCTAssertTrue(ProcessEnd.hasEnded(try helper()))
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
