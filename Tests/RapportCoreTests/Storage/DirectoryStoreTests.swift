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
                                 columns: dataset.columns.map(ColumnInfo.init), kind: "posts", source: "test")
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
                                 columns: dataset.columns.map(ColumnInfo.init), kind: "posts", source: "test")
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

    func testNewerFormatVersionIsRefusedAndLeftAlone() throws {
        let directory = makeTemporaryDirectory()
        let text = "{\"formatVersion\": 99, \"datasets\": \"future shape\"}\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/workspace.json", contents: Data(text.utf8)))
        let store = try DirectoryStore(directory: directory)
        XCTAssertThrowsError(_ = try Workspace(store: store)) { error in
            let message = (error as? RapportError)?.message.en ?? ""
            XCTAssertTrue(message.contains(directory + "/workspace.json"), message)
            XCTAssertTrue(message.contains("format version 99"), message)
            XCTAssertTrue(message.contains("up to version 1"), message)
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
        let entry = DatasetEntry(name: "gone", file: "data/gone-1.json", rows: 0, columns: [], kind: nil, source: nil)
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
                                 kind: "posts", source: "test")
        var manifest = Manifest()
        manifest.datasets = [entry]
        try store.save(manifest: manifest, writing: [(entry, dataset)])
        try store.waitForPendingSaves()
        let strays = ["/data/.a-1.json.tmp-1-1", "/.workspace.json.tmp-1-2", "/data/old-9.json"]
        for stray in strays { XCTAssertTrue(FileManager.default.createFile(atPath: directory + stray, contents: Data("{trunc".utf8))) }
        XCTAssertEqual(try store.loadManifest(), { var m = manifest; m.datasets[0].bytes = try? FileManager.default.attributesOfItem(atPath: directory + "/data/a-1.json")[.size] as? Int; return m }())
        XCTAssertEqual(try store.loadDataset(entry), dataset)
        try store.collectGarbage(keeping: manifest)
        for stray in strays { XCTAssertFalse(FileManager.default.fileExists(atPath: directory + stray), stray) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/data/a-1.json"))
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
                                 kind: nil, source: nil)
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
