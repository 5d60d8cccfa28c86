import Foundation
import RapportCore

/// A plugin's `plugin.json`: its name, version, protocol version, executable and command names.
struct PluginManifest: Sendable, Equatable {
    /// The manifest's file name inside a plugin folder.
    static let fileName = "plugin.json"

    /// The plugin's name, such as `sov`.
    let name: String
    /// The plugin's own version, for `plugin list`.
    let version: String
    /// The protocol version the plugin speaks.
    let protocolVersion: Int64
    /// The absolute path of the program to start.
    let executable: String
    /// The names of the commands it offers.
    let commands: [String]
    /// The plugin folder, as an absolute path.
    let folder: String

    /// Reads and checks the manifest in a plugin folder; errors name the file (and line and column for bad JSON).
    static func read(folder: String) throws -> PluginManifest {
        let path = folder + "/" + fileName
        guard let data = try FileBytes.read(path) else { throw RapportError(Words.pluginManifestMissing(path)) }
        let text = String(decoding: data, as: UTF8.self)
        let value: JSONValue
        do {
            value = try JSONValueReader.value(of: text)
        } catch {
            let position = Array(text.utf8).withUnsafeBufferPointer { error.position(file: path, in: $0) }
            throw RapportError(Words.fileDamaged(path, line: position.line ?? 1, column: position.column ?? 1, error.problem))
        }
        return try PluginManifest(value, folder: folder, path: path)
    }

    /// A manifest from its JSON value, checked field by field.
    private init(_ value: JSONValue, folder: String, path: String) throws {
        func field(_ key: String) -> Message { Words.pluginManifestField(path, key) }
        guard let name = value["name"]?.stringValue, PluginManifest.isValidName(name) else { throw RapportError(field("name")) }
        guard let version = value["version"]?.stringValue, !version.isEmpty else { throw RapportError(field("version")) }
        guard case .integer(let protocolVersion)? = value["protocol"] else { throw RapportError(field("protocol")) }
        guard let executable = value["executable"]?.stringValue, !executable.isEmpty, !executable.hasPrefix("/"),
              !executable.split(separator: "/").contains("..") else { throw RapportError(field("executable")) }
        guard let commandValues = value["commands"]?.arrayValue, !commandValues.isEmpty else {
            throw RapportError(field("commands"))
        }
        let commands = commandValues.compactMap(\.stringValue)
        guard commands.count == commandValues.count, commands.allSatisfy(PluginManifest.isValidName),
              Set(commands).count == commands.count else { throw RapportError(field("commands")) }
        let program = folder + "/" + executable
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw RapportError(Words.pluginNotExecutable(path, program: program))
        }
        self.name = name
        self.version = version
        self.protocolVersion = protocolVersion
        self.executable = program
        self.commands = commands
        self.folder = folder
    }

    /// Whether a plugin or command name is acceptable: a lowercase letter, then lowercase letters, digits, `-` or `_`.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 40 else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
