import Foundation
import XCTest
@testable import RapportCore

/// The origin every dataset is stored with: filled in by `perform` from the command, with what it read.
final class DatasetOriginTests: XCTestCase {
    private let score = CommandSpec(
        name: "score", module: "score", summary: Message(en: "s", de: "s"),
        positionals: [Positional("DATASET", .dataset), Positional("METRIC", .text)],
        flags: [Flag("denominator", .choice(["followers", "reach"]), Message(en: "d", de: "d")),
                Switch("weighted", Message(en: "w", de: "w"))],
        clauses: [.by, .where, .as])

    private func origin(_ line: String) throws -> DatasetOrigin {
        let registry = Registry([BuiltinCommand(score) { _, _ in .empty }])
        let invocation = try InvocationParser.parse(line, tokens: try Lexer.words(line), registry: registry).invocation
        return DatasetOrigin(command: line, invocation: invocation, spec: score)
    }

    private func numbers(_ name: String, _ values: [Int64]) -> Dataset {
        Dataset(name: name, columns: [.integer("n", values.map { $0 })])
    }

    func testParametersArePositionalsByNameThenClausesThenFlagsByName() throws {
        let origin = try origin("score posts engagement-rate --weighted by voice,platform where likes > 3 "
                                + "--denominator reach as er")
        XCTAssertEqual(origin.commandName, "score")
        XCTAssertNil(origin.subcommand)
        XCTAssertEqual(origin.parameters, [
            .init("DATASET", "posts"), .init("METRIC", "engagement-rate"), .init("by", "voice,platform"),
            .init("where", "likes > 3"), .init("as", "er"), .init("--denominator", "reach"), .init("--weighted", nil),
        ])
    }

    func testPerformRecordsTheCommandWithWhatItReadAndItsTime() throws {
        let workspace = try Workspace(store: MemoryStore())
        let file = SourceFile(path: "posts.csv", bytes: 10, sha256: String(repeating: "a", count: 64),
                              preset: "x-tweets")
        let importing = DatasetOrigin(command: "import posts.csv")
        try workspace.perform(command: "import posts.csv", logged: true, origin: importing) {
            try workspace.put(numbers("posts", [1, 2]), file: file)
        }
        let imported = try XCTUnwrap(workspace.entry(named: "posts"))
        XCTAssertEqual(imported.origin?.files, [file])
        XCTAssertEqual(imported.origin?.run, 1, "the first line of the log")
        XCTAssertEqual(imported.origin?.time, workspace.log.first?.time, "the log and the origin share the time")
        let line = "score posts engagement-rate --denominator reach as er"
        try workspace.perform(command: line, logged: true, origin: try origin(line)) {
            _ = try workspace.dataset(named: "posts")
            try workspace.put(numbers("er", [3]), finding: Finding(.score))
            _ = try workspace.dataset(named: "er")
            try workspace.put(numbers("er2", [4]))
        }
        let scored = try XCTUnwrap(workspace.entry(named: "er")?.origin)
        XCTAssertEqual(scored.command, line)
        XCTAssertEqual(scored.inputs, [DatasetOrigin.Input(name: "posts", file: imported.file)])
        XCTAssertEqual(scored.files, [file], "the rows trace back to the imported file")
        XCTAssertEqual(scored.finding, Finding(.score))
        XCTAssertEqual(scored.run, 2)
        let second = try XCTUnwrap(workspace.entry(named: "er2")?.origin)
        XCTAssertEqual(second.inputs.map(\.name), ["posts"], "a dataset the command stored itself is no input")
        XCTAssertNil(second.finding)
        XCTAssertTrue(second.isSameRun(as: scored))
        XCTAssertFalse(second.isSameRun(as: try XCTUnwrap(imported.origin)))
    }

    func testAnInPlaceChangeNamesTheVersionItChanged() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "a", logged: false, origin: DatasetOrigin(command: "a")) {
            try workspace.put(numbers("posts", [1]))
        }
        let first = try XCTUnwrap(workspace.entry(named: "posts")).file
        try workspace.perform(command: "b", logged: false, origin: DatasetOrigin(command: "b")) {
            var posts = try workspace.dataset(named: "posts")
            posts.setColumn(.integer("m", [2]))
            try workspace.put(posts, replacing: true)
        }
        let changed = try XCTUnwrap(workspace.entry(named: "posts"))
        XCTAssertNotEqual(changed.file, first)
        XCTAssertEqual(changed.origin?.inputs, [DatasetOrigin.Input(name: "posts", file: first)])
        XCTAssertNil(changed.origin?.run, "a command kept out of the log has no log line")
    }

    func testOutsideACommandOnlyWhatThePutSaysIsRecorded() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.put(numbers("plain", [1]))
        try workspace.put(numbers("found", [1]), finding: Finding(.audit))
        XCTAssertNil(workspace.entry(named: "plain")?.origin)
        XCTAssertEqual(workspace.entry(named: "found")?.origin, DatasetOrigin(command: nil, finding: Finding(.audit)))
    }

    func testTheRecordSurvivesTheManifestOnDisk() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sentence = Message(en: "\"a\"\nb earned 2 times <c>", de: "„a“\nb erzielte das 2-Fache {c}")
        let line = "score posts engagement-rate by voice"
        var recorded: DatasetOrigin?
        do {
            let workspace = try Workspace(store: try DirectoryStore(directory: directory))
            try workspace.perform(command: line, logged: true, origin: try origin(line)) {
                try workspace.put(numbers("er", [1]), finding: Finding(.compare, sentence: sentence))
            }
            recorded = workspace.entry(named: "er")?.origin
            try workspace.close()
        }
        let reopened = try Workspace(store: try DirectoryStore(directory: directory))
        defer { try? reopened.close() }
        XCTAssertEqual(reopened.entry(named: "er")?.origin, recorded)
        XCTAssertEqual(reopened.entry(named: "er")?.origin?.finding?.sentence, sentence)
        let text = String(decoding: fileBytes(directory + "/workspace.json") ?? [], as: UTF8.self)
        XCTAssertTrue(text.contains("\"kind\" : \"compare\""), text)
        XCTAssertTrue(text.contains("\"formatVersion\" : 2"))
    }

    func testSaveAsKeepsTheVersionsTheOriginsName() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "a", logged: true, origin: DatasetOrigin(command: "a")) {
            try workspace.put(numbers("posts", [1]))
        }
        try workspace.perform(command: "b", logged: true, origin: DatasetOrigin(command: "b")) {
            _ = try workspace.dataset(named: "posts")
            try workspace.put(numbers("copy", [1]))
        }
        let copy = try Workspace(store: MemoryStore())
        try copy.copyContents(of: workspace)
        XCTAssertEqual(copy.entries.map(\.file), workspace.entries.map(\.file))
        XCTAssertEqual(copy.entries.map(\.origin), workspace.entries.map(\.origin))
        XCTAssertEqual(copy.entry(named: "copy")?.origin?.inputs.first?.file, copy.entry(named: "posts")?.file)
        XCTAssertEqual(try copy.dataset(named: "copy"), try workspace.dataset(named: "copy"))
        try copy.perform(command: "c", logged: false) { try copy.put(numbers("new", [1])) }
        XCTAssertFalse(workspace.entries.map(\.file).contains(try XCTUnwrap(copy.entry(named: "new")).file),
                       "the copy goes on numbering after the original's files")
    }

    func testAnImportedFilesHashIsFilledInBeforeTheManifestIsReadOrWritten() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/posts.csv"
        let bytes = Array(String(repeating: "post_id,likes\n1,2\n", count: 5000).utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let expected = SourceFile(path: path, bytes: bytes.count, sha256: SHA256.hex(of: bytes), preset: "p")
        let store = MemoryStore()
        let workspace = try Workspace(store: store)
        try workspace.perform(command: "import", logged: true, origin: DatasetOrigin(command: "import")) {
            try workspace.put(numbers("posts", [1]), hashing: FileFingerprint(path), record: .found(preset: "p"))
        }
        XCTAssertEqual(store.manifest.datasets.first?.origin?.files, [expected], "the saved manifest has the hash")
        XCTAssertEqual(workspace.entry(named: "posts")?.origin?.files, [expected])
        try workspace.perform(command: "copy", logged: true, origin: DatasetOrigin(command: "copy")) {
            _ = try workspace.dataset(named: "posts")
            try workspace.put(numbers("copy", [1]))
        }
        XCTAssertEqual(workspace.entry(named: "copy")?.origin?.files, [expected], "and what is made from it")

        let again = DatasetOrigin(command: "again")
        XCTAssertThrowsError(try workspace.perform(command: "again", logged: false, origin: again) {
            try workspace.put(numbers("again", [1]), hashing: FileFingerprint(path), record: .found())
            throw RapportError(Message(en: "boom", de: "bumm"))
        })
        XCTAssertNil(workspace.entry(named: "again"), "a failed import leaves nothing to complete")

        let onDisk = try Workspace(store: try DirectoryStore(directory: directory + "/ws"))
        try onDisk.perform(command: "import", logged: true, origin: DatasetOrigin(command: "import")) {
            try onDisk.put(numbers("posts", [1]), hashing: FileFingerprint(path), record: .found(preset: "p"))
        }
        try onDisk.close()
        let reopened = try Workspace(store: try DirectoryStore(directory: directory + "/ws"))
        defer { try? reopened.close() }
        XCTAssertEqual(reopened.entry(named: "posts")?.origin?.files, [expected], "and so has the file on disk")
    }
}
