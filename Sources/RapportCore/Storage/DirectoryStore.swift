import Foundation

/// A workspace kept in a directory: `workspace.json` (the manifest), `data/` (one file per dataset)
/// and `workspace.lock`; the layout is described in `workspace/FORMAT.md`.
///
/// Saves run on one background worker, at a lower priority than the commands, so they land in the order asked for;
/// each writes its dataset files atomically and then the manifest, so the directory always holds a complete state.
public final class DirectoryStore: WorkspaceStore, @unchecked Sendable {
    /// The manifest's file name.
    public static let manifestName = "workspace.json"
    /// The lock file's name.
    public static let lockName = "workspace.lock"
    /// The folder of dataset files.
    public static let dataFolder = "data"

    /// The workspace directory.
    public let location: String
    /// Whether another process holds the workspace, so this store never writes.
    public let isReadOnly: Bool
    /// What the user should be told about opening, such as an upgrade and where its backup is; nil when nothing.
    public private(set) var notice: Message?

    private var lock: WorkspaceLock?
    private let upgrader: ManifestUpgrader
    private let queue = BackgroundWorker(name: "rapport.workspace.save")
    /// The values (rows × columns) of the dataset files queued and written since the store was opened.
    public let saveProgress: ProgressMeter? = {
        let meter = ProgressMeter()
        meter.begin(Words.progressSaving, unit: .values, total: 0)
        return meter
    }()
    private let failureLock = NSLock()
    private var firstFailure: Error?
    // Touched only by `queue`'s jobs and inside its `sync` (or before any save is queued).
    private var sizes: [String: Int] = [:]
    private var namedOnDisk: Set<String> = []
    private var failedWrites: [String: (entry: DatasetEntry, dataset: Dataset)] = [:]
    /// The files garbage collection may remove once no manifest names them: those the manifest named when this store
    /// read it, and those this store wrote. Any other file in data/ is not rapport's to delete.
    private var removable: Set<String> = []
    /// Whether the manifest as read named a file that is missing or outside data/: such a workspace is never cleaned.
    private var manifestIsDamaged = false
    /// The manifest file as this store last read or wrote it, to notice another writer.
    private var manifestIdentity: FileIdentity?
    /// Whether the lock was lost or another program wrote the manifest: then nothing is saved or removed any more.
    private var lostTheWorkspace = false

    /// Opens the workspace in `directory`, creating it with an empty manifest when missing and
    /// `createIfMissing` is set; opens read-only when another process holds its lock.
    public convenience init(directory: String, createIfMissing: Bool = true) throws {
        try self.init(directory: directory, createIfMissing: createIfMissing, upgrader: .standard)
    }

    /// Opens a workspace with the given upgrade steps (tests use steps of their own).
    init(directory: String, createIfMissing: Bool, upgrader: ManifestUpgrader) throws {
        location = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.upgrader = upgrader
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if !files.fileExists(atPath: location, isDirectory: &isDirectory) {
            guard createIfMissing else { throw RapportError(Words.workspaceMissing(location)) }
            do {
                try files.createDirectory(atPath: location, withIntermediateDirectories: true)
            } catch {
                throw RapportError(Words.cannotWrite(location, String(cString: strerror(errno))))
            }
        } else if !isDirectory.boolValue {
            throw RapportError(Words.cannotRead(location, String(cString: strerror(ENOTDIR))))
        }
        lock = try WorkspaceLock.take(path: location + "/" + DirectoryStore.lockName)
        isReadOnly = lock == nil
        if !files.fileExists(atPath: manifestPath) {
            guard createIfMissing, !isReadOnly else { throw RapportError(Words.workspaceMissing(location)) }
            try writeManifest(Manifest())
        }
        if !isReadOnly { try makeDataFolder() }
    }

    /// The path of the manifest.
    public var manifestPath: String { location + "/" + DirectoryStore.manifestName }

    /// Reads the manifest, upgrading (after a backup) one of an older format version.
    public func loadManifest() throws -> Manifest {
        let path = manifestPath
        guard let bytes = try FileBytes.read(path) else { throw RapportError(Words.workspaceMissing(location)) }
        let (manifest, upgradedFrom) = try ManifestReader.read(bytes, path: path, upgrader: upgrader)
        if let version = upgradedFrom, !isReadOnly {
            let backup = try backUp(version: version)
            try writeManifest(manifest)
            notice = Words.workspaceUpgraded(from: version, to: upgrader.currentVersion, backup: backup)
        }
        let problems = manifest.datasets.compactMap(problem(of:))
        if !problems.isEmpty {
            let note = Words.manifestNamesMissingFiles(path, problems)
            notice = notice.map { $0.joined(note, separator: "\n") } ?? note
        }
        let identity = FileIdentity(path: path)
        queue.sync {
            namedOnDisk = Set(manifest.datasets.map(\.file))
            removable.formUnion(namedOnDisk)
            manifestIsDamaged = manifestIsDamaged || !problems.isEmpty
            manifestIdentity = identity
            for entry in manifest.datasets { sizes[entry.file] = entry.bytes }
        }
        return manifest
    }

    /// What is wrong with an entry's file: a path outside data/, or a file that is not there; nil when nothing.
    private func problem(of entry: DatasetEntry) -> Message? {
        guard let path = try? dataPath(entry.file) else { return Words.datasetFileOutside(entry.file) }
        return FileManager.default.fileExists(atPath: path) ? nil : Words.datasetFileMissing(path, dataset: entry.name)
    }

    /// Reads a dataset's file and checks it holds the rows and columns the entry records.
    public func loadDataset(_ entry: DatasetEntry) throws -> Dataset {
        let path = try dataPath(entry.file)
        guard let bytes = try FileBytes.read(path) else {
            throw RapportError(Words.datasetFileMissing(path, dataset: entry.name))
        }
        let dataset = try DatasetCodec.decode(bytes, name: entry.name, path: path)
        let matches = dataset.rowCount == entry.rows
            && dataset.columns.map(\.name) == entry.columns.map(\.name)
            && dataset.columns.map(\.type) == entry.columns.map(\.type)
        guard matches else { throw RapportError(Words.datasetFileMismatch(path, dataset: entry.name)) }
        return dataset
    }

    /// Queues a save: the given dataset files are encoded and written, then the manifest, with the pending hashes
    /// completed (they are worked out meanwhile).
    public func save(manifest: Manifest, writing datasets: [(entry: DatasetEntry, dataset: Dataset)],
                     completing hashes: PendingHashes) throws {
        if isReadOnly { throw RapportError(Words.workspaceReadOnly(location)) }
        PendingSaves.begin()
        saveProgress?.extendTotal(by: datasets.reduce(0) { $0 + $1.dataset.rowCount * $1.dataset.columns.count })
        queue.async { [self] in
            defer { PendingSaves.end() }
            do {
                try write(manifest: manifest, datasets: datasets, completing: hashes)
            } catch {
                failureLock.lock()
                if firstFailure == nil { firstFailure = error }
                failureLock.unlock()
            }
        }
    }

    /// Waits until every queued save has finished; throws the first failure since the last call.
    public func waitForPendingSaves() throws {
        queue.sync { () }
        failureLock.lock()
        let failure = firstFailure
        firstFailure = nil
        failureLock.unlock()
        if let failure { throw failure }
    }

    /// The size of a dataset file once the saves queued so far are done.
    public func savedSize(ofFile file: String) -> Int? {
        queue.sync { sizes[file] }
    }

    /// Removes the dataset files that the manifest named when it was read, or that this store wrote, and that neither
    /// `manifest` nor the manifest on disk names now; and temporary files an interrupted write left behind. Nothing is
    /// removed from a workspace whose manifest named missing files, or whose lock was lost.
    public func collectGarbage(keeping manifest: Manifest) throws {
        if isReadOnly { return }
        try queue.sync {
            guard !manifestIsDamaged, (try? checkTheWorkspaceIsStillOurs()) != nil else { return }
            let keep = namedOnDisk.union(manifest.datasets.map(\.file))
            for file in removable.subtracting(keep).sorted() {
                guard let path = try? dataPath(file) else { continue }
                try remove(path)
            }
            removable.formIntersection(keep)
            let files = FileManager.default
            for folder in [location, location + "/" + DirectoryStore.dataFolder] {
                for name in (try? files.contentsOfDirectory(atPath: folder)) ?? [] where AtomicFile.isTemporaryName(name) {
                    try remove(folder + "/" + name)
                }
            }
        }
    }

    /// Lets the save worker's thread end once its saves are done.
    deinit {
        queue.stop()
    }

    /// Waits for queued saves and releases the lock.
    public func close() {
        queue.sync { () }
        lock?.release()
        lock = nil
    }

    // MARK: Writing

    private func write(manifest: Manifest, datasets: [(entry: DatasetEntry, dataset: Dataset)],
                       completing hashes: PendingHashes) throws {
        var manifest = manifest
        let named = Set(manifest.datasets.map(\.file))
        var writes = datasets
        for (file, write) in failedWrites where named.contains(file) && !writes.contains(where: { $0.entry.file == file }) {
            writes.append(write)
            saveProgress?.extendTotal(by: write.dataset.rowCount * write.dataset.columns.count)
        }
        failedWrites = [:]
        try checkTheWorkspaceIsStillOurs()
        for (index, write) in writes.enumerated() {
            do {
                sizes[write.entry.file] = try DatasetCodec.write(write.dataset, source: write.entry.origin?.command,
                                                                 to: try dataPath(write.entry.file),
                                                                 progress: saveProgress)
                removable.insert(write.entry.file)
            } catch {
                // Kept, so that the next save tries again rather than naming a file that is not there.
                for failed in writes[index...] { failedWrites[failed.entry.file] = failed }
                throw error
            }
        }
        for index in manifest.datasets.indices where manifest.datasets[index].bytes == nil {
            manifest.datasets[index].bytes = sizes[manifest.datasets[index].file]
        }
        for entry in manifest.datasets {
            let path = try dataPath(entry.file)
            if !FileManager.default.fileExists(atPath: path) { throw RapportError(Words.datasetFileMissing(path, dataset: entry.name)) }
        }
        try checkTheWorkspaceIsStillOurs()
        hashes.complete(&manifest)
        try writeManifest(manifest)
        namedOnDisk = named
    }

    /// Throws, and from then on refuses every save, when the lock file was deleted or replaced and cannot be taken
    /// again, or when the manifest on disk is no longer the one this store last read or wrote.
    private func checkTheWorkspaceIsStillOurs() throws {
        if !lostTheWorkspace {
            let held = lock?.isStillHeld() == true
            let unchanged = manifestIdentity == nil || FileIdentity(path: manifestPath) == manifestIdentity
            lostTheWorkspace = !held || !unchanged
        }
        if lostTheWorkspace { throw RapportError(Words.workspaceTakenElsewhere(location)) }
    }

    private func writeManifest(_ manifest: Manifest) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        try AtomicFile.write(data, to: manifestPath)
        manifestIdentity = FileIdentity(path: manifestPath)
    }

    private func makeDataFolder() throws {
        let path = location + "/" + DirectoryStore.dataFolder
        guard !FileManager.default.fileExists(atPath: path) else { return }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw RapportError(Words.cannotWrite(path, String(cString: strerror(errno))))
        }
    }

    /// Copies the manifest and the data folder to `backup-vVERSION-TIME/` before an upgrade; returns its path.
    private func backUp(version: Int) throws -> String {
        let stamp = Workspace.now().replacingOccurrences(of: ":", with: "-")
        var path = location + "/backup-v\(version)-\(stamp)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: path) {
            attempt += 1
            path = location + "/backup-v\(version)-\(stamp)-\(attempt)"
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            try FileManager.default.copyItem(atPath: manifestPath, toPath: path + "/" + DirectoryStore.manifestName)
            let data = location + "/" + DirectoryStore.dataFolder
            if FileManager.default.fileExists(atPath: data) {
                try FileManager.default.copyItem(atPath: data, toPath: path + "/" + DirectoryStore.dataFolder)
            }
            try AtomicFile.syncDirectory(path)
        } catch let error as RapportError {
            throw error
        } catch {
            throw RapportError(Words.cannotWrite(path, String(describing: error)))
        }
        return path
    }

    private func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw RapportError(Words.cannotWrite(path, String(cString: strerror(errno))))
        }
    }

    // MARK: Reading

    /// The path of a dataset file the manifest names; only files directly inside `data/` are accepted.
    private func dataPath(_ file: String) throws -> String {
        let prefix = DirectoryStore.dataFolder + "/"
        let name = file.dropFirst(prefix.count)
        guard file.hasPrefix(prefix), !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw RapportError(Words.datasetFileOutside(file))
        }
        return location + "/" + file
    }
}
