/// The files of stored datasets whose SHA-256 is still being worked out (`FileFingerprint`), so that an import's
/// result need not wait for it: the workspace fills them in before the next command runs or its entries are read,
/// and the store before it writes the manifest, so no manifest on disk lacks one.
public struct PendingHashes: Sendable {
    private var files: [(dataFile: String, fingerprint: FileFingerprint)] = []

    /// No files pending.
    public init() {}

    /// Whether no file is pending.
    public var isEmpty: Bool { files.isEmpty }

    /// Notes that the origin of the dataset in `dataFile` names the file `fingerprint` is hashing.
    mutating func add(dataFile: String, fingerprint: FileFingerprint) {
        files.append((dataFile, fingerprint))
    }

    /// Waits for the hashes and puts each file's size and SHA-256 into the origins that name it without them.
    public func complete(_ manifest: inout Manifest) {
        for (dataFile, fingerprint) in files {
            guard let index = manifest.datasets.firstIndex(where: { $0.file == dataFile }),
                  var origin = manifest.datasets[index].origin else { continue }
            origin.files = origin.files.map { fingerprint.completing($0) }
            manifest.datasets[index].origin = origin
        }
    }
}
