import XCTest
@testable import RapportCore

/// Workspace transactions: a failed command changes nothing, undo steps back, names clash.
final class WorkspaceTransactionTests: XCTestCase {
    private func dataset(_ name: String, _ values: [Int64]) -> Dataset {
        Dataset(name: name, columns: [.integer("n", values.map { $0 })])
    }

    func testFailedCommandLeavesTheWorkspaceAsItWas() throws {
        let store = MemoryStore()
        let workspace = try Workspace(store: store)
        try workspace.perform(command: "import a", logged: true) { try workspace.put(dataset("a", [1, 2])) }
        let before = workspace.manifest
        XCTAssertThrowsError(try workspace.perform(command: "bad", logged: true) {
            try workspace.put(dataset("b", [3]))
            try workspace.drop("a")
            throw RapportError(Message(en: "boom", de: "bumm"))
        })
        XCTAssertEqual(workspace.manifest, before)
        XCTAssertEqual(store.manifest, before, "nothing of the failed command reached the store")
        XCTAssertEqual(try workspace.dataset(named: "a").rowCount, 2)
        XCTAssertEqual(workspace.undoCount, 1)
    }

    func testAFileNumberThatCannotBeCountedOnIsRefusedAndChangesNothing() throws {
        // Int.max used to trap on the next change (overflow); 0 and below would name files the counter reaches again.
        for number in [Int.max, 0, -3] {
            let store = MemoryStore()
            var manifest = Manifest()
            manifest.nextFileNumber = number
            try store.save(manifest: manifest, writing: [])
            let workspace = try Workspace(store: store)
            let put = { try workspace.put(self.dataset("a", [1])) }
            XCTAssertThrowsError(try workspace.perform(command: "import a", logged: true, put)) {
                XCTAssertEqual(($0 as? RapportError)?.message, Words.noFileNumberLeft(number, suggested: 1),
                               "\(number)")
            }
            XCTAssertEqual(workspace.manifest, manifest, "\(number)")
            XCTAssertEqual(store.manifest, manifest, "\(number)")
        }
    }

    func testAMissingFileNumberCountsOnFromTheFileNamesWithoutOverflowing() throws {
        func decoded(_ files: [String]) throws -> Manifest {
            let entries = files.map { #"{"name": "x", "file": "\#($0)", "rows": 0, "columns": []}"# }
            let text = #"{"formatVersion": 1, "datasets": [\#(entries.joined(separator: ","))]}"#
            return try JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
        }
        XCTAssertEqual(try decoded(["data/a-3.json", "data/b-12.json", "data/c.json"]).nextFileNumber, 13)
        let full = try decoded(["data/a-9223372036854775807.json"])
        XCTAssertEqual(full.nextFileNumber, Int.max, "no number is left; put refuses it")
        let store = MemoryStore()
        try store.save(manifest: full, writing: [])
        let workspace = try Workspace(store: store)
        XCTAssertThrowsError(try workspace.put(dataset("b", [1]))) {
            XCTAssertEqual(($0 as? RapportError)?.message, Words.noFileNumberLeft(Int.max, suggested: Int.max))
        }
    }

    func testKeptProgressSurvivesALaterFailureAndCanBeUndone() throws {
        let store = MemoryStore()
        let workspace = try Workspace(store: store)
        var read = ["1"]
        XCTAssertThrowsError(try workspace.perform(command: "survey run", logged: true, input: { read }) {
            try workspace.put(dataset("answers", [1]))
            try workspace.keepProgress(replayEnd: "quit")
            read.append("2x")
            try workspace.put(dataset("answers", [1, 2]), replacing: true)
            throw RapportError(Message(en: "bad answer", de: "falsche Antwort"))
        })
        XCTAssertEqual(try workspace.dataset(named: "answers").rowCount, 1, "the kept answer stays, the later one is gone")
        XCTAssertEqual(store.manifest.datasets.map(\.name), ["answers"], "kept progress is on disk")
        XCTAssertEqual(workspace.log.map(\.command), ["survey run"], "logged with what it kept, so a replay keeps it too")
        XCTAssertEqual(workspace.log.first?.input, ["1", "quit"], "the lines up to the kept step, then the replay's end")
        XCTAssertEqual(store.manifest.log.count, 1, "and saved")
        XCTAssertThrowsError(try workspace.perform(command: "import", logged: true) { throw RapportError(Message(en: "x", de: "x")) })
        XCTAssertEqual(workspace.log.count, 1, "a failure that kept nothing is not logged")
        XCTAssertEqual(try workspace.perform(command: "undo", logged: true) { try workspace.undo() }, "survey run")
        XCTAssertTrue(workspace.entries.isEmpty)
    }

    func testUndoStepsBackThroughSeveralChanges() throws {
        let workspace = try Workspace(store: MemoryStore())
        for index in 1...25 {
            try workspace.perform(command: "put \(index)", logged: true) { try workspace.put(dataset("d\(index)", [Int64(index)])) }
        }
        for _ in 1...20 {
            _ = try workspace.perform(command: "undo", logged: true) { try workspace.undo() }
        }
        XCTAssertEqual(workspace.entries.map(\.name), (1...5).map { "d\($0)" })
        XCTAssertEqual(workspace.log.count, 45, "undo itself is logged, so replay gives the same state")
    }

    func testUndoRestoresADroppedDatasetWithItsRows() throws {
        let store = MemoryStore()
        let workspace = try Workspace(store: store)
        try workspace.perform(command: "put", logged: true) { try workspace.put(dataset("posts", [5, 6, 7])) }
        try workspace.perform(command: "drop", logged: true) { try workspace.drop("posts") }
        XCTAssertFalse(store.manifest.datasets.contains { $0.name == "posts" })
        XCTAssertEqual(try workspace.perform(command: "undo", logged: true) { try workspace.undo() }, "drop")
        XCTAssertEqual(store.manifest.datasets.map(\.name), ["posts"])
        XCTAssertEqual(try workspace.dataset(named: "posts").column(named: "n")?.data[2], .integer(7))
        XCTAssertEqual(try workspace.perform(command: "undo", logged: true) { try workspace.undo() }, "put", "then the put")
        XCTAssertTrue(workspace.entries.isEmpty)
        XCTAssertNil(try workspace.perform(command: "undo", logged: true) { try workspace.undo() })
    }

    func testNameClashNeedsReplacing() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "a", logged: false) { try workspace.put(dataset("a", [1])) }
        XCTAssertThrowsError(try workspace.perform(command: "a", logged: false) { try workspace.put(dataset("a", [2])) })
        try workspace.perform(command: "a", logged: false) { try workspace.put(dataset("a", [2]), replacing: true) }
        XCTAssertEqual(try workspace.dataset(named: "a").column(named: "n")?.data[0], .integer(2))
    }

    func testRenameKeepsTheFileAndSuggestsOnTypos() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "a", logged: false) { try workspace.put(dataset("posts", [1])) }
        let file = workspace.entries[0].file
        try workspace.perform(command: "r", logged: false) { try workspace.rename("posts", to: "fb") }
        XCTAssertEqual(workspace.entries[0].file, file)
        XCTAssertThrowsError(try workspace.dataset(named: "fv")) { error in
            XCTAssertEqual((error as! RapportError).message.en, "no dataset named 'fv' — did you mean 'fb'?")
        }
    }

    func testRenameOntoATakenNameSaysSoWithoutOfferingReplace() throws {
        let workspace = try Workspace(store: MemoryStore())
        try workspace.perform(command: "a", logged: false) {
            try workspace.put(dataset("posts", [1]))
            try workspace.put(dataset("big", [2]))
        }
        XCTAssertThrowsError(try workspace.perform(command: "r", logged: false) { try workspace.rename("posts", to: "big") }) {
            XCTAssertEqual(($0 as? RapportError)?.message.en,
                           "a dataset named 'big' exists already; choose another name or drop it first")
        }
        XCTAssertEqual(workspace.entries.map(\.name).sorted(), ["big", "posts"])
    }

    func testReadOnlyWorkspaceRefusesChanges() throws {
        let workspace = try Workspace(store: MemoryStore(readOnly: true))
        XCTAssertThrowsError(try workspace.perform(command: "a", logged: true) { try workspace.put(dataset("a", [1])) })
        XCTAssertTrue(workspace.log.isEmpty)
    }

    func testSettingsAreValidated() throws {
        let workspace = try Workspace(store: MemoryStore())
        XCTAssertThrowsError(try workspace.perform(command: "s", logged: false) { try workspace.setSetting("timezone", to: "Mars/Base") })
        XCTAssertThrowsError(try workspace.perform(command: "s", logged: false) { try workspace.setSetting("lang", to: "fr") })
        try workspace.perform(command: "s", logged: false) { try workspace.setSetting("timezone", to: "Europe/Zurich") }
        XCTAssertEqual(workspace.settings["timezone"], "Europe/Zurich")
        XCTAssertEqual(workspace.settings["seed"], "42")
    }

    func testLogTimesHonourSourceDateEpoch() throws {
        setenv("SOURCE_DATE_EPOCH", "86400", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        XCTAssertEqual(Workspace.now(), "1970-01-02T00:00:00Z")
    }
}
