import XCTest
@testable import RapportCore

/// A Workspace on a DirectoryStore: changes and undo survive closing and reopening.
final class WorkspacePersistenceTests: XCTestCase {
    private func open(_ directory: String) throws -> Workspace {
        try Workspace(store: DirectoryStore(directory: directory))
    }

    func testPutDropRenameAndUndoPersistAcrossReopen() throws {
        let directory = makeTemporaryDirectory()
        var workspace = try open(directory)
        try workspace.perform(command: "put a", logged: true) { try workspace.put(sampleDataset("a")) }
        try workspace.perform(command: "put b", logged: true) { try workspace.put(sampleDataset("b", rows: 5)) }
        try workspace.perform(command: "rename", logged: true) { try workspace.rename("a", to: "c") }
        try workspace.perform(command: "drop b", logged: true) { try workspace.drop("b") }
        try workspace.close()

        workspace = try open(directory)
        XCTAssertEqual(workspace.entries.map(\.name), ["c"])
        XCTAssertEqual(workspace.log.map(\.command), ["put a", "put b", "rename", "drop b"])
        var expected = sampleDataset("c")
        expected.name = "c"
        XCTAssertEqual(try workspace.dataset(named: "c"), expected)
        // Closing collected b's file, which nothing names any more.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/data"), ["a-1.json"])
        try workspace.close()
    }

    func testUndoRestoresADroppedDatasetAfterTheDropWasSaved() throws {
        let directory = makeTemporaryDirectory()
        var workspace = try open(directory)
        try workspace.perform(command: "put a", logged: false) { try workspace.put(sampleDataset("a", rows: 4)) }
        try workspace.perform(command: "drop a", logged: false) { try workspace.drop("a") }
        try workspace.waitForPendingSaves()
        let onDisk = try JSONDecoder().decode(Manifest.self, from: Data(fileBytes(directory + "/workspace.json") ?? []))
        XCTAssertEqual(onDisk.datasets.count, 0)
        try workspace.perform(command: "undo", logged: false) { _ = try workspace.undo() }
        try workspace.close()

        workspace = try open(directory)
        XCTAssertEqual(try workspace.dataset(named: "a").rowCount, 4)
        try workspace.close()
    }

    func testManifestIsByteIdenticalWhenRebuilt() throws {
        setenv("SOURCE_DATE_EPOCH", "1735732800", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        var manifests: [[UInt8]?] = []
        for _ in 0..<2 {
            let directory = makeTemporaryDirectory()
            let workspace = try open(directory)
            try workspace.perform(command: "put a", logged: true) { try workspace.put(sampleDataset("a")) }
            try workspace.close()
            manifests.append(fileBytes(directory + "/workspace.json"))
        }
        XCTAssertNotNil(manifests[0])
        XCTAssertEqual(manifests[0], manifests[1])
        XCTAssertTrue(String(decoding: manifests[0] ?? [], as: UTF8.self).contains("\"time\" : \"2025-01-01T12:00:00Z\""))
    }
}
