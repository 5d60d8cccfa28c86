/// Reads and writes one dataset file: plain, columnar JSON, encoded and parsed byte by byte for speed.
///
/// The format is described in `workspace/FORMAT.md`. Foundation's JSON coders take seconds per
/// million rows; this codec works on a byte buffer directly and takes a fraction of that.
public enum DatasetCodec {
    /// The dataset file format version this build reads and writes.
    public static let formatVersion = 1

    /// The bytes of the file that holds a dataset (its name is kept in the manifest, not the file); `source` is the
    /// command line that made it.
    public static func encode(_ dataset: Dataset, source: String? = nil) -> [UInt8] {
        DatasetWriter.bytes(of: dataset, source: source)
    }

    /// Writes the file of a dataset to `path` atomically, encoding the next column while the last is written;
    /// returns the file's size. `source` is the command line that made it; `progress` counts the values
    /// (rows × columns) as they are encoded.
    public static func write(_ dataset: Dataset, source: String? = nil, to path: String,
                             progress: ProgressMeter? = nil) throws -> Int {
        try AtomicFile.write(to: path) { emit in
            try DatasetWriter.chunks(of: dataset, source: source, progress: progress, emit)
        }
    }

    /// The dataset a file's bytes hold; errors name `path` and the line and column of the problem.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, name: String, path: String) throws -> Dataset {
        var reader = DatasetReader(bytes)
        do {
            return try reader.read(name: name)
        } catch {
            throw error.error(path: path, bytes: bytes)
        }
    }

    /// The dataset in an array of a file's bytes; errors name `path` and the line and column of the problem.
    public static func decode(_ bytes: [UInt8], name: String, path: String) throws -> Dataset {
        try bytes.withUnsafeBufferPointer { try decode($0, name: name, path: path) }
    }
}
