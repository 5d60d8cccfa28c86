import XCTest
@testable import RapportCore

/// Opening, saving, reopening, locking and refusing damaged or newer workspaces.
final class DirectoryStoreTests: XCTestCase {
    func testOpeningCreatesAnEmptyWorkspace() throws {
        let directory = makeTemporaryDirectory() + "/new"
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        XCTAssertFalse(store.isReadOnly)
        XCTAssertEqual(try store.loadManifest(), Manifest())
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/workspace.lock"))
        XCTAssertThrowsError(try DirectoryStore(directory: makeTemporaryDirectory() + "/none", createIfMissing: false))
    }

    func testSaveThenReopenGivesTheSameManifestAndDatasets() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        var manifest = try store.loadManifest()
        let dataset = sampleDataset("posts")
        let entry = DatasetEntry(name: "posts", file: "data/posts-1.json", rows: 3,
                                 columns: dataset.columns.map(ColumnInfo.init), kind: .posts, origin: DatasetOrigin(command: "test"))
        manifest.datasets = [entry]
        manifest.settings = ["lang": "de"]
        manifest.nextFileNumber = 2
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        try store.waitForPendingSaves()
        store.close()

        let reopened = try DirectoryStore(directory: directory)
        defer { reopened.close() }
        let loaded = try reopened.loadManifest()
        let size = try FileManager.default.attributesOfItem(atPath: directory + "/data/posts-1.json")[.size] as? Int
        var expected = manifest
        expected.datasets[0].bytes = size
        XCTAssertNotNil(size)
        XCTAssertEqual(loaded, expected)
        XCTAssertEqual(try reopened.loadDataset(loaded.datasets[0]), dataset)
    }

    func testSavesCountTheirValuesForTheProgressLine() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        var manifest = try store.loadManifest()
        // 300,000 rows × 2 columns: three pieces of at most 131,072 rows per column.
        let dataset = sampleDataset("posts", rows: 300_000)
        let entry = DatasetEntry(name: "posts", file: "data/posts-1.json", rows: 300_000,
                                 columns: dataset.columns.map(ColumnInfo.init), kind: .posts,
                                 origin: DatasetOrigin(command: "test"))
        manifest.datasets = [entry]
        let waiting = ProgressMeter()
        let saves = try XCTUnwrap(store.saveProgress)
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        waiting.begin(Words.progressSaving, following: saves)
        try store.waitForPendingSaves()
        let total = try XCTUnwrap(saves.reading)
        XCTAssertEqual(total.done, 600_000)
        XCTAssertEqual(total.total, 600_000)
        XCTAssertNil(waiting.reading, "once written, nothing is left to show")
    }

    func testSecondStoreIsReadOnlyWhileTheFirstIsOpen() throws {
        let directory = makeTemporaryDirectory()
        let first = try DirectoryStore(directory: directory)
        let second = try DirectoryStore(directory: directory)
        XCTAssertFalse(first.isReadOnly)
        XCTAssertTrue(second.isReadOnly)
        XCTAssertThrowsError(try second.save(manifest: Manifest(), writing: []))
        second.close()
        first.close()
        let third = try DirectoryStore(directory: directory)
        defer { third.close() }
        XCTAssertFalse(third.isReadOnly)
    }

    /// A manifest with one dataset of the given name in the given file, and that dataset.
    private func oneDataset(_ name: String, file: String) -> (Manifest, DatasetEntry, Dataset) {
        let dataset = sampleDataset(name)
        let entry = DatasetEntry(name: name, file: file, rows: 3, columns: dataset.columns.map(ColumnInfo.init),
                                 kind: .posts, origin: nil)
        var manifest = Manifest()
        manifest.datasets = [entry]
        manifest.nextFileNumber = 10
        return (manifest, entry, dataset)
    }

    func testAShellWhoseLockWasDeletedNeverOverwritesTheShellThatTookTheWorkspace() throws {
        let directory = makeTemporaryDirectory()
        let first = try DirectoryStore(directory: directory)
        defer { first.close() }
        _ = try first.loadManifest()
        XCTAssertEqual(unlink(directory + "/workspace.lock"), 0)
        let second = try DirectoryStore(directory: directory)
        defer { second.close() }
        XCTAssertFalse(second.isReadOnly, "without the lock file the second shell can take the workspace")
        _ = try second.loadManifest()
        let (theirs, theirEntry, theirData) = oneDataset("theirs", file: "data/theirs-1.json")
        try second.save(manifest: theirs, writing: [(theirEntry, theirData)])
        try second.waitForPendingSaves()
        let (mine, myEntry, myData) = oneDataset("mine", file: "data/mine-1.json")
        try first.save(manifest: mine, writing: [(myEntry, myData)])
        XCTAssertThrowsError(try first.waitForPendingSaves()) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.workspaceTakenElsewhere(directory))
        }
        try first.collectGarbage(keeping: mine)
        let onDisk = try JSONDecoder().decode(Manifest.self, from: Data(fileBytes(directory + "/workspace.json") ?? []))
        XCTAssertEqual(onDisk.datasets.map(\.name), ["theirs"], "the other shell's manifest stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/theirs-1.json"), "and so does its file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/data/mine-1.json"), "nothing written")
        try first.save(manifest: mine, writing: [(myEntry, myData)])
        XCTAssertThrowsError(try first.waitForPendingSaves(), "it stays refused")
    }

    func testALockDeletedWhileNobodyElseTookItIsTakenAgain() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        _ = try store.loadManifest()
        XCTAssertEqual(unlink(directory + "/workspace.lock"), 0)
        let (manifest, entry, dataset) = oneDataset("a", file: "data/a-1.json")
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        XCTAssertNoThrow(try store.waitForPendingSaves())
        let other = try DirectoryStore(directory: directory)
        defer { other.close() }
        XCTAssertTrue(other.isReadOnly, "the lock was made again and is held")
    }

    func testAManifestAnotherProgramWroteIsNotOverwritten() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        _ = try store.loadManifest()
        let edited = Array("{\"formatVersion\": 1, \"datasets\": []}\n".utf8)
        try AtomicFile.write(edited, to: directory + "/workspace.json")
        let (manifest, entry, dataset) = oneDataset("a", file: "data/a-1.json")
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        XCTAssertThrowsError(try store.waitForPendingSaves())
        XCTAssertEqual(fileBytes(directory + "/workspace.json"), edited)
    }

    func testASymbolicLinkAsTheLockIsRefusedAndItsTargetNeverMade() throws {
        let directory = makeTemporaryDirectory()
        let target = makeTemporaryDirectory() + "/made-by-rapport"
        XCTAssertEqual(symlink(target, directory + "/workspace.lock"), 0)
        XCTAssertThrowsError(try DirectoryStore(directory: directory)) { error in
            XCTAssertEqual((error as? RapportError)?.message, Words.lockIsNotAFile(directory + "/workspace.lock"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testNewerFormatVersionIsRefusedAndLeftAlone() throws {
        let directory = makeTemporaryDirectory()
        let text = "{\"formatVersion\": 99, \"datasets\": \"future shape\"}\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let store = try DirectoryStore(directory: directory)
        XCTAssertThrowsError(_ = try Workspace(store: store)) { error in
            let message = (error as? RapportError)?.message.en ?? ""
            XCTAssertTrue(message.contains(directory + "/workspace.json"), message)
            XCTAssertTrue(message.contains("format version 99"), message)
            XCTAssertTrue(message.contains("up to version 2"), message)
        }
        store.close()
        XCTAssertEqual(fileBytes(directory + "/workspace.json"), Array(text.utf8))
    }

    func testDamagedManifestIsReportedWithPathLineAndColumn() throws {
        let directory = makeTemporaryDirectory()
        let text = "{\n  \"formatVersion\": 1,\n  \"datasets\": [,]\n}\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        XCTAssertThrowsError(try store.loadManifest()) { error in
            let message = (error as? RapportError)?.message.en ?? ""
            // The comma inside [,] is line 3, column 16.
            XCTAssertTrue(message.contains(directory + "/workspace.json is damaged at line 3, column 16"), message)
        }
        XCTAssertEqual(fileBytes(directory + "/workspace.json"), Array(text.utf8))
    }

    func testWrongShapeManifestNamesTheKey() throws {
        let directory = makeTemporaryDirectory()
        let text = #"{"formatVersion": 1, "datasets": [{"name": "a"}]}"#
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        XCTAssertThrowsError(try store.loadManifest()) { error in
            let message = (error as? RapportError)?.message.en ?? ""
            XCTAssertTrue(message.contains(directory + "/workspace.json is damaged: 'datasets.0."), message)
        }
    }

    func testMissingKeysOfLaterVersionsGetDefaults() throws {
        let directory = makeTemporaryDirectory()
        let text = #"{"formatVersion": 1, "datasets": [{"name": "a", "file": "data/a-7.json", "rows": 0, "columns": []}]}"#
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let manifest = try store.loadManifest()
        XCTAssertEqual(manifest.settings, [:])
        XCTAssertEqual(manifest.log, [])
        XCTAssertEqual(manifest.nextFileNumber, 8)
    }

    func testOlderVersionIsBackedUpThenUpgraded() throws {
        let directory = makeTemporaryDirectory()
        let text = #"{"formatVersion": 1, "settings": {"lang": "en"}}"#
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let upgrader = ManifestUpgrader(currentVersion: 2, steps: [1: { object in object["settings"] = ["lang": "de"] }])
        let store = try DirectoryStore(directory: directory, createIfMissing: false, upgrader: upgrader)
        defer { store.close() }
        let manifest = try store.loadManifest()
        XCTAssertEqual(manifest.formatVersion, 2)
        XCTAssertEqual(manifest.settings, ["lang": "de"])
        let backups = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("backup-v1-") }
        XCTAssertEqual(backups.count, 1)
        XCTAssertEqual(fileBytes(directory + "/" + backups[0] + "/workspace.json"), Array(text.utf8))
        XCTAssertTrue(store.notice?.en.contains(backups[0]) == true)
        let saved = try JSONDecoder().decode(Manifest.self, from: Data(fileBytes(directory + "/workspace.json") ?? []))
        XCTAssertEqual(saved.formatVersion, 2)
    }

    func testMissingAndForeignDatasetFilesAreErrors() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let entry = DatasetEntry(name: "gone", file: "data/gone-1.json", rows: 0, columns: [], kind: nil, origin: nil)
        XCTAssertThrowsError(try store.loadDataset(entry)) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains(directory + "/data/gone-1.json") == true)
        }
        var outside = entry
        outside.file = "data/../workspace.json"
        XCTAssertThrowsError(try store.loadDataset(outside))
    }

    func testTemporaryFilesAreIgnoredOnLoadAndRemovedByGarbageCollection() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let dataset = sampleDataset("a")
        let entry = DatasetEntry(name: "a", file: "data/a-1.json", rows: 3, columns: dataset.columns.map(ColumnInfo.init),
                                 kind: .posts, origin: DatasetOrigin(command: "test"))
        var manifest = Manifest()
        manifest.datasets = [entry]
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        try store.waitForPendingSaves()
        let strays = ["/data/.a-1.json.tmp-1-1", "/.workspace.json.tmp-1-2"]
        let foreign = ["/data/old-9.json", "/data/.notes.tmp-x", "/.profile.tmp-1-2-3"]
        for stray in strays + foreign {
            XCTAssertTrue(FileManager.default.createFile(atPath: directory + stray, contents: Data("{trunc".utf8)))
        }
        XCTAssertEqual(try store.loadManifest(), { var m = manifest; m.datasets[0].bytes = try? FileManager.default.attributesOfItem(atPath: directory + "/data/a-1.json")[.size] as? Int; return m }())
        XCTAssertEqual(try store.loadDataset(entry), dataset)
        try store.collectGarbage(keeping: manifest)
        for stray in strays { XCTAssertFalse(FileManager.default.fileExists(atPath: directory + stray), stray) }
        for file in foreign {
            XCTAssertTrue(FileManager.default.fileExists(atPath: directory + file), "not rapport's to delete: \(file)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/a-1.json"))
    }

    /// Saves datasets `a` and `b` as data/a-1.json and data/b-2.json and closes the store; returns the manifest.
    private func workspaceWithTwoDatasets(in directory: String) throws -> Manifest {
        let store = try DirectoryStore(directory: directory)
        var manifest = try store.loadManifest()
        var writes: [(entry: DatasetEntry, dataset: Dataset)] = []
        for (number, name) in ["a", "b"].enumerated() {
            let dataset = sampleDataset(name)
            let entry = DatasetEntry(name: name, file: "data/\(name)-\(number + 1).json", rows: 3,
                                     columns: dataset.columns.map(ColumnInfo.init), kind: .posts, origin: nil)
            manifest.datasets.append(entry)
            writes.append((entry, dataset))
        }
        manifest.nextFileNumber = 3
        try store.save(manifest: manifest, writing: writes)
        try store.waitForPendingSaves()
        store.close()
        return manifest
    }

    /// Replaces a text in the manifest on disk, as a typing slip in an editor would.
    private func editManifest(in directory: String, replacing old: String, with new: String) throws {
        let path = directory + "/workspace.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testADamagedFileEntryIsPointedOutAndTheRealFileIsNeverRemoved() throws {
        let directory = makeTemporaryDirectory()
        _ = try workspaceWithTwoDatasets(in: directory)
        try editManifest(in: directory, replacing: "data/a-1.json", with: "data/a-1.jsn")
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let manifest = try store.loadManifest()
        XCTAssertEqual(store.notice?.en.contains(Words.datasetFileMissing(directory + "/data/a-1.jsn", dataset: "a").en), true,
                       store.notice?.en ?? "no notice")
        var dropped = manifest
        dropped.datasets.removeAll { $0.name == "b" }
        try store.collectGarbage(keeping: dropped)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/a-1.json"), "the data the typo hid")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/b-2.json"),
                      "a workspace whose manifest names missing files is not cleaned at all")
    }

    func testAnEntryOutsideTheDataFolderIsPointedOut() throws {
        let directory = makeTemporaryDirectory()
        _ = try workspaceWithTwoDatasets(in: directory)
        try editManifest(in: directory, replacing: "data/b-2.json", with: "../b-2.json")
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let manifest = try store.loadManifest()
        XCTAssertEqual(store.notice?.en.contains(Words.datasetFileOutside("../b-2.json").en), true, store.notice?.en ?? "")
        try store.collectGarbage(keeping: manifest)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/b-2.json"))
    }

    func testOnlyFilesTheManifestNamedOrThisStoreWroteAreRemovedOnceNothingNamesThem() throws {
        let directory = makeTemporaryDirectory()
        var manifest = try workspaceWithTwoDatasets(in: directory)
        // A file nobody named: perhaps the data an earlier typo hid, perhaps the user's own. It is not rapport's.
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/data/b-1.json", contents: Data("{}".utf8)))
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        manifest = try store.loadManifest()
        let replacement = sampleDataset("b", rows: 4)
        for number in [3, 4] {
            let entry = DatasetEntry(name: "b", file: "data/b-\(number).json", rows: 4,
                                     columns: replacement.columns.map(ColumnInfo.init), kind: .posts, origin: nil)
            manifest.datasets[1] = entry
            manifest.nextFileNumber = number + 1
            try store.save(manifest: manifest, writing: [(entry, replacement)])
        }
        try store.waitForPendingSaves()
        try store.collectGarbage(keeping: manifest)
        let files = FileManager.default
        XCTAssertFalse(files.fileExists(atPath: directory + "/data/b-2.json"), "named when opened, superseded since")
        XCTAssertFalse(files.fileExists(atPath: directory + "/data/b-3.json"), "written here, superseded since")
        XCTAssertTrue(files.fileExists(atPath: directory + "/data/b-4.json"))
        XCTAssertTrue(files.fileExists(atPath: directory + "/data/a-1.json"))
        XCTAssertTrue(files.fileExists(atPath: directory + "/data/b-1.json"), "never named, never written here")
    }

    func testBackgroundWriteFailureSurfacesAndIsNotNamedByTheManifest() throws {
        let directory = makeTemporaryDirectory()
        let store = try DirectoryStore(directory: directory)
        defer { store.close() }
        let before = fileBytes(directory + "/workspace.json")
        // A regular file where the data folder should be makes every dataset write fail, even as root.
        try FileManager.default.removeItem(atPath: directory + "/data")
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/data", contents: Data()))
        let dataset = sampleDataset("a")
        let entry = DatasetEntry(name: "a", file: "data/a-1.json", rows: 3, columns: dataset.columns.map(ColumnInfo.init),
                                 kind: nil, origin: nil)
        var manifest = Manifest()
        manifest.datasets = [entry]
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        XCTAssertThrowsError(try store.waitForPendingSaves()) { error in
            XCTAssertTrue((error as? RapportError)?.message.en.contains(directory + "/data/a-1.json") == true, "\(error)")
        }
        XCTAssertEqual(fileBytes(directory + "/workspace.json"), before)
        XCTAssertNoThrow(try store.waitForPendingSaves())
    }
}
