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
    /// Offset of blank lines at the chunk's end that no record followed (yet).
    var trailingBlank: Int?
}
