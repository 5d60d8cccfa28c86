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
        lock = WorkspaceLock(path: location + "/" + DirectoryStore.lockName)
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
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONFailure) {
                try scanner.skipValue()
                guard scanner.atEnd() else { throw JSONFailure(offset: scanner.index, problem: Words.jsonTrailing) }
            } catch {
                throw error.error(path: path, bytes: buffer)
            }
        }
        var data = Data(bytes)
        let version = try decode(VersionProbe.self, from: data, path: path).formatVersion
        if version > upgrader.currentVersion {
            throw RapportError(Words.manifestTooNew(path, found: version, supported: upgrader.currentVersion))
        }
        let upgrading = version < upgrader.currentVersion
        if upgrading { data = try upgrader.upgrade(data, from: version, path: path) }
        let manifest = try decode(Manifest.self, from: data, path: path)
        if upgrading && !isReadOnly {
            let backup = try backUp(version: version)
            try writeManifest(manifest)
            notice = Words.workspaceUpgraded(from: version, to: upgrader.currentVersion, backup: backup)
        }
        queue.sync {
            namedOnDisk = Set(manifest.datasets.map(\.file))
            for entry in manifest.datasets { sizes[entry.file] = entry.bytes }
        }
        return manifest
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

    /// Queues a save: the given dataset files are encoded and written, then the manifest.
    public func save(manifest: Manifest, writing datasets: [(entry: DatasetEntry, dataset: Dataset)]) throws {
        if isReadOnly { throw RapportError(Words.workspaceReadOnly(location)) }
        saveProgress?.extendTotal(by: datasets.reduce(0) { $0 + $1.dataset.rowCount * $1.dataset.columns.count })
        queue.async { [self] in
            do {
                try write(manifest: manifest, datasets: datasets)
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

    /// Removes files in `data/` that neither `manifest` nor the manifest on disk names, and
    /// temporary files an interrupted write left behind.
    public func collectGarbage(keeping manifest: Manifest) throws {
        if isReadOnly { return }
        try queue.sync {
            let keep = namedOnDisk.union(manifest.datasets.map(\.file))
            let files = FileManager.default
            let dataDirectory = location + "/" + DirectoryStore.dataFolder
            for name in (try? files.contentsOfDirectory(atPath: dataDirectory)) ?? [] {
                let path = dataDirectory + "/" + name
                var isDirectory: ObjCBool = false
                guard files.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      !keep.contains(DirectoryStore.dataFolder + "/" + name) else { continue }
                try remove(path)
            }
            for name in (try? files.contentsOfDirectory(atPath: location)) ?? []
            where name.hasPrefix(".") && name.contains(AtomicFile.temporaryMarker) {
                try remove(location + "/" + name)
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

    private func write(manifest: Manifest, datasets: [(entry: DatasetEntry, dataset: Dataset)]) throws {
        var manifest = manifest
        let named = Set(manifest.datasets.map(\.file))
        var writes = datasets
        for (file, write) in failedWrites where named.contains(file) && !writes.contains(where: { $0.entry.file == file }) {
            writes.append(write)
            saveProgress?.extendTotal(by: write.dataset.rowCount * write.dataset.columns.count)
        }
        failedWrites = [:]
        for (index, write) in writes.enumerated() {
            do {
                sizes[write.entry.file] = try DatasetCodec.write(write.dataset, to: try dataPath(write.entry.file),
                                                                 progress: saveProgress)
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
        try writeManifest(manifest)
        namedOnDisk = named
    }

    private func writeManifest(_ manifest: Manifest) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        try AtomicFile.write(data, to: manifestPath)
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

    /// Just the format version, read before the rest so a newer manifest is refused whatever its shape.
    private struct VersionProbe: Decodable {
        let formatVersion: Int
    }

    private func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            let keys: [CodingKey]
            switch error {
            case .keyNotFound(let key, let context): keys = context.codingPath + [key]
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                keys = context.codingPath
            @unknown default: keys = []
            }
            let key = keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw RapportError(Words.manifestWrongShape(path, at: key.isEmpty ? "/" : key))
        }
    }
}
