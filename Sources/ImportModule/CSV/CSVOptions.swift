import Foundation

/// Choices for reading a CSV file; what is left nil is detected from the file.
public struct CSVOptions: Sendable {
    /// The field delimiter; nil sniffs among `,` `;` tab `|`.
    public var delimiter: UInt8?
    /// How numbers are written; nil detects decimal points or decimal commas.
    public var numberFormat: NumberFormat?
    /// How many records after the header decide the column types.
    public var sampleRows: Int
    /// How many threads parse at most.
    public var threads: Int
    /// Below this many bytes per thread the file is parsed on one thread.
    public var minimumBytesPerThread: Int
    /// Called every so many records; throws to stop reading (Ctrl-C).
    public var checkpoint: (@Sendable () throws -> Void)?

    /// Options that detect everything and use every core.
    public init(delimiter: UInt8? = nil, numberFormat: NumberFormat? = nil, sampleRows: Int = 10_000,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                minimumBytesPerThread: Int = 4 << 20, checkpoint: (@Sendable () throws -> Void)? = nil) {
        self.delimiter = delimiter
        self.numberFormat = numberFormat
        self.sampleRows = sampleRows
        self.threads = threads
        self.minimumBytesPerThread = minimumBytesPerThread
        self.checkpoint = checkpoint
    }
}
