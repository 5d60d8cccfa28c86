/// The cells a column builder took as missing because they did not read as its kind: how many, how many of those
/// were not even a missing marker (those count against `UnreadLimit`), and the first few with where they are.
struct UnreadTally {
    /// One cell kept for the report.
    struct Sample {
        /// Its row among the builder's rows.
        var row: Int
        /// The text as it stood.
        var text: String
        /// Where its bytes lay when read, to find its byte offset in the file.
        var address: UInt
        /// Its byte offset in the file once known (its record's start when the cell was unquoted from a copy).
        var offset: Int?
    }

    /// How many samples are kept.
    static let samplesKept = 5

    /// Every cell taken as missing this way.
    private(set) var count = 0
    /// Those that were not missing markers.
    private(set) var unreadable = 0
    /// The first few, in row order.
    private(set) var samples: [Sample] = []

    /// Counts one cell at `row`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, marker: Bool) {
        count += 1
        if !marker { unreadable += 1 }
        guard samples.count < Self.samplesKept else { return }
        samples.append(Sample(row: row, text: String(decoding: bytes, as: UTF8.self),
                              address: UInt(bitPattern: bytes.baseAddress), offset: nil))
    }

    /// Whether some kept samples have no offset yet.
    var hasUnplaced: Bool { samples.last?.offset == nil && !samples.isEmpty }

    /// Gives the samples without an offset theirs: the cell's own when its bytes lay in `file`, else its record's.
    mutating func place(in file: UnsafeBufferPointer<UInt8>, recordStart: (_ row: Int) -> Int) {
        let start = UInt(bitPattern: file.baseAddress)
        for index in samples.indices where samples[index].offset == nil {
            let address = samples[index].address
            let inFile = address >= start && address < start + UInt(file.count)
            samples[index].offset = inFile ? Int(address - start) : recordStart(samples[index].row)
        }
    }

    /// Adds the tally of the rows that follow, `rows` after these.
    mutating func append(_ other: UnreadTally, after rows: Int) {
        count += other.count
        unreadable += other.unreadable
        for sample in other.samples.prefix(Self.samplesKept - samples.count) {
            var moved = sample
            moved.row += rows
            samples.append(moved)
        }
    }
}
