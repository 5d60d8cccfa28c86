import Foundation
@testable import PluginHost

/// Plugin folders written by tests: a manifest and a POSIX shell script as the program.
enum ScriptedPlugin {
    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-host-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return PluginLocations.absolute(path)
    }

    /// Writes `folder/plugin.json` (named `name`, offering `commands`) and `folder/run.sh` with `body` after `#!/bin/sh`.
    @discardableResult
    static func write(in folder: String, name: String, commands: [String], body: String, protocolVersion: Int = 1) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let list = commands.map { "\"\($0)\"" }.joined(separator: ", ")
        let manifest = #"{"name": "\#(name)", "version": "1.2", "protocol": \#(protocolVersion), "executable": "run.sh", "commands": [\#(list)]}"#
        try manifest.write(toFile: folder + "/plugin.json", atomically: true, encoding: .utf8)
        try ("#!/bin/sh\n" + body + "\n").write(toFile: folder + "/run.sh", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/run.sh")
        return folder
    }

    /// A script body that answers hello, then describes one command `name` or answers a run with `result` (one JSON line).
    static func answering(command name: String, result: String) -> String {
        """
        read -r hello
        echo '{"type":"hello","protocol":1}'
        read -r request
        case $request in
            *'"type":"describe"'*) echo '{"type":"describe","commands":[{"name":"\(name)","summary":"test","arguments":[{"name":"DATASET","kind":"dataset"}]}]}' ;;
            *) echo '\(result)' ;;
        esac
        """
    }
}
