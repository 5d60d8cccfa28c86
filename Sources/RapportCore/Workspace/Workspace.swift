import Foundation

/// The one shared state every command works on: datasets, settings, goals and the session log.
///
/// Commands change it only through the methods here, inside `perform`, which records the change
/// for `undo`, appends the command to the session log, saves what changed, and puts everything
/// back as it was when the command fails.
public final class Workspace {
    /// How many commands `undo` can take back.
    public static let undoDepth = 50

    /// Where the workspace is kept.
    public let store: WorkspaceStore
    /// The manifest as it is now in memory.
    public private(set) var manifest: Manifest

    private var loaded: [String: Dataset] = [:]
    private var unsaved: Set<String> = []
    private var undoStack: [State] = []
    private var changed = false
    private var undoing = false
    private var inCommand = false
    private var kept: State?
    private var runningCommand = ""
    private var runningInput: () -> [String] = { [] }
    /// The command's part of the origin of what the running command stores, with its time and log line.
    private var runningOrigin: DatasetOrigin?
    /// The datasets the running command has read (each version once), with the files their rows trace back to.
    private var reads: [(input: DatasetOrigin.Input, files: [SourceFile])] = []
    /// The data files the running command has stored, so reading them back is not taken for an input.
    private var storedFiles: Set<String> = []
    /// Imported files whose SHA-256 is still being worked out, filled into the manifest before anyone reads it.
    private var pendingHashes = PendingHashes()
    /// The input lines to log for a command that fails after keeping progress: those read up to the last kept step,
    /// then the line that ends the command there on replay.
    private var keptInput: [String]?

    /// The part of the workspace that undo restores (everything but the log), and the command that changed it.
    private struct State {
        var command: String
        var manifest: Manifest
        var loaded: [String: Dataset]
        var unsaved: Set<String>
        var pendingHashes: PendingHashes
    }

    /// Opens the workspace a store holds.
    public init(store: WorkspaceStore) throws {
        self.store = store
        self.manifest = try store.loadManifest()
    }

    /// Whether this shell may not write the workspace (another holds it).
    public var isReadOnly: Bool { store.isReadOnly }

    /// The settings in force.
    public var settings: Settings { Settings(manifest.settings) }

    /// The datasets' entries, in order.
    public var entries: [DatasetEntry] {
        completeHashes()
        return manifest.datasets
    }

    /// The size of a dataset's file on disk, waiting for its save when that is still under way; nil when unknown.
    public func sizeOnDisk(of entry: DatasetEntry) -> Int? {
        entry.bytes ?? store.savedSize(ofFile: entry.file)
    }

    /// The session log.
    public var log: [LogEntry] { manifest.log }

    /// The entry of the dataset with this name.
    public func entry(named name: String) -> DatasetEntry? {
        completeHashes()
        return manifest.datasets.first { $0.name == name }
    }

    /// Whether a dataset of this name exists.
    public func contains(_ name: String) -> Bool {
        entry(named: name) != nil
    }

    /// The dataset with this name, read from disk the first time it is needed.
    public func dataset(named name: String) throws -> Dataset {
        guard let entry = entry(named: name) else {
            throw RapportError(Words.unknownDataset(name).suggesting(suggestion(for: name)))
        }
        var dataset: Dataset
        if let cached = loaded[entry.file] {
            dataset = cached
        } else {
            dataset = try store.loadDataset(entry)
            loaded[entry.file] = dataset
        }
        dataset.name = entry.name
        if inCommand && !storedFiles.contains(entry.file) && !reads.contains(where: { $0.input.file == entry.file }) {
            reads.append((DatasetOrigin.Input(name: entry.name, file: entry.file), entry.origin?.files ?? []))
        }
        return dataset
    }

    /// Adds a dataset, or replaces the one of the same name when `replacing` is set. Its origin is the running
    /// command's, with the datasets it has read so far; `finding` says what a result found, `file` which file an
    /// import read (the files of the inputs are added to it).
    public func put(_ dataset: Dataset, replacing: Bool = false, finding: Finding? = nil,
                    file: SourceFile? = nil) throws {
        var origin = runningOrigin ?? (finding != nil || file != nil ? DatasetOrigin(command: nil) : nil)
        origin?.inputs = reads.map(\.input)
        var files: [SourceFile] = file.map { [$0] } ?? []
        for read in reads { files += read.files.filter { !files.contains($0) } }
        origin?.files = files
        origin?.finding = finding
        try store(dataset, replacing: replacing, origin: origin)
    }

    /// Adds or replaces a dataset read from a file, like `put(_:replacing:finding:file:)`, without waiting for the
    /// file's SHA-256: it is filled in before the manifest is read or written. `record` holds what the import found
    /// (the preset, the guessed roles, the unread cells); its path, size and hash are the fingerprint's.
    public func put(_ dataset: Dataset, replacing: Bool = false, hashing file: FileFingerprint,
                    record: SourceFile) throws {
        try put(dataset, replacing: replacing, file: file.placeholder(record))
        if let stored = manifest.datasets.first(where: { $0.name == dataset.name }) {
            pendingHashes.add(dataFile: stored.file, fingerprint: file)
        }
    }

    /// Fills the SHA-256 of imported files into the manifest, waiting for them.
    private func completeHashes() {
        guard !pendingHashes.isEmpty else { return }
        pendingHashes.complete(&manifest)
        pendingHashes = PendingHashes()
    }

    /// Adds or replaces a dataset with the given origin, under a new data file.
    private func store(_ dataset: Dataset, replacing: Bool, origin: DatasetOrigin?) throws {
        try requireWritable()
        let existing = manifest.datasets.firstIndex { $0.name == dataset.name }
        if existing != nil && !replacing { throw RapportError(Words.datasetExists(dataset.name)) }
        let number = manifest.nextFileNumber
        // Only a damaged or hand-edited manifest holds such a number; counting on from it would trap or reuse names.
        guard number >= 1, number < Int.max else {
            let suggested = Manifest.firstUnusedFileNumber(after: manifest.datasets)
            throw RapportError(Words.noFileNumberLeft(number, suggested: suggested))
        }
        let file = "data/\(Workspace.slug(dataset.name))-\(number).json"
        manifest.nextFileNumber = number + 1
        let entry = DatasetEntry(name: dataset.name, file: file, rows: dataset.rowCount,
                                 columns: dataset.columns.map(ColumnInfo.init), kind: dataset.kind, origin: origin)
        loaded[file] = dataset
        unsaved.insert(file)
        if inCommand { storedFiles.insert(file) }
        if let existing {
            manifest.datasets[existing] = entry
        } else {
            manifest.datasets.append(entry)
        }
        changed = true
    }

    /// Removes a dataset.
    public func drop(_ name: String) throws {
        try requireWritable()
        guard let index = manifest.datasets.firstIndex(where: { $0.name == name }) else {
            throw RapportError(Words.unknownDataset(name).suggesting(suggestion(for: name)))
        }
        manifest.datasets.remove(at: index)
        changed = true
    }

    /// Gives a dataset a new name; its file stays as it is.
    public func rename(_ old: String, to new: String) throws {
        try requireWritable()
        guard let index = manifest.datasets.firstIndex(where: { $0.name == old }) else {
            throw RapportError(Words.unknownDataset(old).suggesting(suggestion(for: old)))
        }
        if contains(new) { throw RapportError(Words.datasetNameTaken(new)) }
        manifest.datasets[index].name = new
        changed = true
    }

    /// Changes a setting (checked against its specification) and keeps it in the workspace.
    public func setSetting(_ name: String, to value: String) throws {
        guard let spec = SettingSpec.named(name) else { throw RapportError(Words.unknownSetting(name)) }
        if let problem = spec.validate(value) { throw RapportError(problem) }
        try requireWritable()
        if value == spec.defaultValue {
            manifest.settings[name] = nil
        } else {
            manifest.settings[name] = value
        }
        changed = true
    }

    /// The stored goal documents, by name.
    public var goals: [String: JSONDocument] { manifest.goals }

    /// Stores a goal document under a name, or removes it with nil.
    public func setGoal(_ name: String, _ document: JSONDocument?) throws {
        try requireWritable()
        manifest.goals[name] = document
        changed = true
    }

    /// Runs one command's work as a unit: on failure the workspace is as before (but for progress it kept, which is
    /// logged so that a replay keeps it too); on success the change is saved, can be undone, and the command is logged.
    /// `origin` is the command's part of the origin of every dataset it stores
    /// (`DatasetOrigin(command:invocation:spec:)`); the time the command started and its log line are added here, and
    /// the log records the same time.
    public func perform<T>(command text: String, logged: Bool, origin: DatasetOrigin? = nil,
                           input: @escaping () -> [String] = { [] }, _ body: () throws -> T) throws -> T {
        precondition(!inCommand, "commands do not nest inside perform")
        inCommand = true
        let started = Workspace.now()
        runningOrigin = origin
        runningOrigin?.time = started
        runningOrigin?.run = logged && !isReadOnly ? manifest.log.count + 1 : nil
        defer {
            inCommand = false
            runningOrigin = nil
            reads = []
            storedFiles = []
        }
        runningCommand = text
        runningInput = input
        keptInput = nil
        defer { keptInput = nil }
        completeHashes()
        let before = State(command: text, manifest: manifest, loaded: loaded, unsaved: unsaved,
                           pendingHashes: pendingHashes)
        changed = false
        undoing = false
        kept = nil
        defer { kept = nil }
        let result: T
        do {
            result = try body()
        } catch {
            let log = manifest.log
            let restored = kept ?? before
            manifest = restored.manifest
            manifest.log = log
            loaded = restored.loaded
            unsaved = restored.unsaved
            pendingHashes = restored.pendingHashes
            changed = false
            if kept != nil {
                undoStack.append(before)
                if undoStack.count > Workspace.undoDepth { undoStack.removeFirst() }
            }
            if let keptInput, logged && !isReadOnly {
                manifest.log.append(LogEntry(time: started, command: text, input: keptInput))
                do { try save() } catch { /* the failure being reported matters more; the next save retries */ }
            }
            throw error
        }
        if changed && !undoing {
            undoStack.append(before)
            if undoStack.count > Workspace.undoDepth { undoStack.removeFirst() }
        }
        var shouldSave = changed
        if logged && !isReadOnly {
            let lines = input()
            manifest.log.append(LogEntry(time: started, command: text, input: lines.isEmpty ? nil : lines))
            shouldSave = true
        }
        if shouldSave && !isReadOnly { try save() }
        return result
    }

    /// Saves the running command's changes so far and waits until they are on disk; they stay even when the
    /// command fails later (each survey answer is kept the moment it is given). Should it fail, the command is logged
    /// with the input read so far and then `replayEnd`, the line that stops it at this point when the log is replayed.
    /// Only inside `perform`.
    public func keepProgress(replayEnd: String) throws {
        precondition(inCommand, "keepProgress only inside perform")
        try requireWritable()
        guard changed else { return }
        try save()
        try store.waitForPendingSaves()
        kept = State(command: runningCommand, manifest: manifest, loaded: loaded, unsaved: unsaved,
                     pendingHashes: pendingHashes)
        keptInput = runningInput() + [replayEnd]
    }

    /// Takes back the last command that changed the workspace and returns its text; nil when there is none.
    public func undo() throws -> String? {
        try requireWritable()
        guard let state = undoStack.popLast() else { return nil }
        let log = manifest.log
        manifest = state.manifest
        manifest.log = log
        loaded.merge(state.loaded) { current, _ in current }
        unsaved = state.unsaved
        pendingHashes = state.pendingHashes
        changed = true
        undoing = true
        return state.command
    }

    /// How many commands can be undone.
    public var undoCount: Int { undoStack.count }

    /// Copies every dataset, setting, goal and the log of another workspace into this empty one, and saves. The data
    /// files keep their names, so the versions the origins name stay the same.
    public func copyContents(of other: Workspace) throws {
        try requireWritable()
        precondition(!inCommand, "copy outside of commands")
        for entry in other.entries {
            loaded[entry.file] = try other.dataset(named: entry.name)
            unsaved.insert(entry.file)
        }
        manifest.datasets = other.entries.map { entry in
            var copy = entry
            copy.bytes = nil
            return copy
        }
        manifest.nextFileNumber = other.manifest.nextFileNumber
        manifest.settings = other.manifest.settings
        manifest.goals = other.manifest.goals
        manifest.log = other.manifest.log
        changed = false
        try save()
    }

    /// Waits until every save is on disk; `progress` shows how far the saves have come meanwhile.
    public func waitForPendingSaves(progress: ProgressMeter? = nil) throws {
        if let progress, let saves = store.saveProgress {
            progress.begin(Words.progressSaving, following: saves)
        }
        defer { progress?.finish() }
        try store.waitForPendingSaves()
    }

    /// Waits for saves, removes files nothing refers to any more, and releases the workspace.
    public func close() throws {
        defer { store.close() }
        completeHashes()
        try store.waitForPendingSaves()
        if !isReadOnly { try store.collectGarbage(keeping: manifest) }
    }

    private func save() throws {
        let named = Set(manifest.datasets.map(\.file))
        let writes = unsaved.filter(named.contains).sorted().compactMap { file -> (entry: DatasetEntry, dataset: Dataset)? in
            guard let entry = manifest.datasets.first(where: { $0.file == file }), let dataset = loaded[file] else { return nil }
            return (entry, dataset)
        }
        try store.save(manifest: manifest, writing: writes, completing: pendingHashes)
        unsaved.subtract(writes.map(\.entry.file))
    }

    private func requireWritable() throws {
        if isReadOnly { throw RapportError(Words.workspaceReadOnly(store.location)) }
    }

    private func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, among: manifest.datasets.map(\.name))
    }

    /// The time to record: `SOURCE_DATE_EPOCH` when set, so rebuilt workspaces are byte-identical.
    public static func now() -> String {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) {
            return ISOTime.format(seconds)
        }
        return ISOTime.format(Int64(Date().timeIntervalSince1970))
    }

    /// A file-name-safe form of a dataset name.
    static func slug(_ name: String) -> String {
        let allowed = name.lowercased().unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        let slug = String(allowed.prefix(40))
        return slug.isEmpty ? "dataset" : slug
    }
}

/// Messages of the workspace.
extension Words {
    /// A change was refused because another shell holds the workspace.
    public static func workspaceReadOnly(_ location: String) -> Message {
        Message(en: "the workspace \(location) is open read-only (another rapport holds it); nothing was changed",
                de: "der Arbeitsbereich \(location) ist nur lesbar geöffnet (ein anderes rapport hält ihn); nichts wurde geändert")
    }
}
