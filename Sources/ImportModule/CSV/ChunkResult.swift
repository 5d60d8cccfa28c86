/// What parsing one stretch of the buffer produced.
struct ChunkResult {
    /// One builder per column, holding this chunk's rows.
    var builders: [ColumnBuilder]
    /// How many records were read.
    var rows = 0
    /// Offset where parsing stopped: the start of the next chunk when the split was at a record boundary.
    var end = 0
    /// The first malformation, which ends the chunk.
    var issue: CSVIssue?
    /// An error thrown by the interruption check.
    var interruption: Error?
    /// How many malformed records were passed over (when skipping bad rows).
    var skippedCount = 0
    /// Offsets of the first few records passed over, in file order.
    var skippedOffsets: [Int] = []
    /// Offset of blank lines at the chunk's end that no record followed (yet).
    var trailingBlank: Int?

    /// How many skipped records are remembered by offset, for the report.
    static let reportedSkips = 5

    /// Notes a malformed record passed over at `offset`.
    mutating func skip(at offset: Int) {
        skippedCount += 1
        if skippedOffsets.count < Self.reportedSkips { skippedOffsets.append(offset) }
    }

    /// Takes over the skipped records of the chunk that follows.
    mutating func addSkips(of other: ChunkResult) {
        skippedCount += other.skippedCount
        skippedOffsets = Array((skippedOffsets + other.skippedOffsets).prefix(Self.reportedSkips))
    }
}
