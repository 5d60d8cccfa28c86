/// Where a workspace lives: reads and writes the manifest and dataset files.
///
/// Saves may finish in the background, but in the order they were asked for, and the manifest
/// of a save is written only after the dataset files it names, so that what is on disk is always
/// a complete state.
public protocol WorkspaceStore: AnyObject {
    /// The directory (or a label for in-memory stores).
    var location: String { get }
    /// Whether another shell holds the workspace, so this one must not write.
    var isReadOnly: Bool { get }
    /// Something the user should hear once about opening it, such as an upgrade and its backup.
    var notice: Message? { get }
    /// Reads the manifest.
    func loadManifest() throws -> Manifest
    /// Reads a dataset's file.
    func loadDataset(_ entry: DatasetEntry) throws -> Dataset
    /// Writes the given new dataset files, then the manifest with the pending hashes completed.
    func save(manifest: Manifest, writing datasets: [(entry: DatasetEntry, dataset: Dataset)],
              completing hashes: PendingHashes) throws
    /// Waits until every save asked for so far is on disk; throws the first failure of a background save.
    func waitForPendingSaves() throws
    /// The size of a dataset file this store wrote, once the saves asked for so far are done; nil when unknown.
    func savedSize(ofFile file: String) -> Int?
    /// Removes dataset files the manifest no longer names; called when no undo can need them.
    func collectGarbage(keeping manifest: Manifest) throws
    /// Releases the lock and anything held.
    func close()
    /// Counts the values of the dataset files queued and written, for a progress line while a save is waited for;
    /// nil for a store whose saves take no time.
    var saveProgress: ProgressMeter? { get }
}

extension WorkspaceStore {
    /// No progress to show: saving is immediate.
    public var saveProgress: ProgressMeter? { nil }
}

extension WorkspaceStore {
    /// Writes the given new dataset files, then the manifest (no hashes pending).
    public func save(manifest: Manifest, writing datasets: [(entry: DatasetEntry, dataset: Dataset)]) throws {
        try save(manifest: manifest, writing: datasets, completing: PendingHashes())
    }
}

/// A store that keeps everything in memory, for tests.
public final class MemoryStore: WorkspaceStore {
    /// The name shown for the workspace, `<memory>` unless given.
    public let location: String
    /// Whether changes are refused, to test the read-only path.
    public let isReadOnly: Bool
    /// Nothing to tell on opening: a memory store is never upgraded.
    public let notice: Message? = nil
    /// The manifest last saved.
    public private(set) var manifest: Manifest
    /// The datasets last saved, by file name.
    public private(set) var files: [String: Dataset] = [:]
    /// How many times `save` ran, for tests that count writes.
    public private(set) var saveCount = 0

    /// An empty in-memory workspace.
    public init(location: String = "<memory>", readOnly: Bool = false) {
        self.location = location
        self.isReadOnly = readOnly
        self.manifest = Manifest()
    }

    /// The manifest last saved (an empty one at first).
    public func loadManifest() throws -> Manifest { manifest }

    /// The dataset saved under the entry's file; unknown files are an error.
    public func loadDataset(_ entry: DatasetEntry) throws -> Dataset {
        guard let dataset = files[entry.file] else { throw RapportError(Words.unknownDataset(entry.name)) }
        return dataset
    }

    /// Keeps the datasets and the manifest in memory, waiting for pending hashes.
    public func save(manifest: Manifest, writing datasets: [(entry: DatasetEntry, dataset: Dataset)],
                     completing hashes: PendingHashes) throws {
        for (entry, dataset) in datasets { files[entry.file] = dataset }
        self.manifest = manifest
        hashes.complete(&self.manifest)
        saveCount += 1
    }

    /// Nothing to wait for: saving in memory is immediate.
    public func waitForPendingSaves() throws {}

    /// No file, no size.
    public func savedSize(ofFile file: String) -> Int? { nil }

    /// Forgets the datasets the manifest no longer names.
    public func collectGarbage(keeping manifest: Manifest) throws {
        let named = Set(manifest.datasets.map(\.file))
        files = files.filter { named.contains($0.key) }
    }

    /// Nothing to release: a memory store holds no lock.
    public func close() {}
}
