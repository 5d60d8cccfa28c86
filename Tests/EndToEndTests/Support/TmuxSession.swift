import Foundation
import XCTest

/// Drives the real binary in a terminal: a private tmux server, keys sent with send-keys, the screen read with capture-pane.
final class TmuxSession {
    private let socket: String
    private let name = "rapport"
    /// The directory the session runs in (also its HOME).
    let home: URL

    /// Starts `rapport ARGS` in a new detached tmux session of the given size; when rapport exits,
    /// the pane prints `EXITED <status>` and stays open so tests can read it.
    init(arguments: [String], home: URL, environment: [String: String] = [:], width: Int = 120, height: Int = 40,
         pipeThrough: String? = nil) throws {
        self.home = home
        socket = "rapport-test-\(UUID().uuidString.prefix(8))"
        var exports = RapportProcess.environment(home: home, extra: environment)
        exports["TERM"] = "xterm-256color"
        let script = home.appendingPathComponent("run-\(socket).sh")
        var text = "#!/bin/sh\ncd '\(home.path)'\n"
        for key in ["HOME", "LANG", "TERM", "PATH"] + environment.keys.sorted() {
            if let value = exports[key] { text += "export \(key)='\(value)'\n" }
        }
        text += "unset NO_COLOR RAPPORT_WORKSPACE XDG_STATE_HOME XDG_DATA_HOME XDG_CONFIG_HOME\n"
        text += "'\(RapportProcess.binary.path)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
        text += (pipeThrough.map { " | \($0)" } ?? "") + "\n"
        text += "echo \"EXITED $?\"\nsleep 600\n"
        try text.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), script.path])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// The visible screen.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name], capturing: true)
    }

    /// Waits until the screen shows a text; fails the test with the screen when it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("the screen never showed '\(text)':\n\(last)", file: file, line: line)
        return last
    }

    /// Runs a tmux command with posix_spawn and waitpid (Foundation's Process does not always reap the
    /// client that starts the server); output goes through a temporary file, never a pipe the server could inherit.
    @discardableResult
    private func tmux(_ arguments: [String], capturing: Bool = false) throws -> String {
        let outputPath = home.appendingPathComponent("tmux-\(socket).out").path
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capturing ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw NSError(domain: "tmux", code: Int(spawned)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard capturing else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
