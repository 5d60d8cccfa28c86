/// What a piece of work counts as it goes: bytes of a file, rows of a dataset, values written, bootstrap resamples.
public enum ProgressUnit: Sendable, Equatable {
    /// Bytes of a file read or written; shown as KiB, MiB, GiB.
    case bytes
    /// Rows of a dataset.
    case rows
    /// Values (cells) of datasets saved.
    case values
    /// Bootstrap resamples drawn.
    case resamples
    /// Nothing is counted: only what runs and for how long is shown.
    case none
}
