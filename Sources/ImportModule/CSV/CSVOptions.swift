import Foundation
import RapportCore

/// Choices for reading a CSV file; what is left nil is detected from the file.
public struct CSVOptions: Sendable {
    /// The field delimiter; nil sniffs among `,` `;` tab `|`.
    public var delimiter: UInt8?
    /// How numbers are written; nil detects decimal points or decimal commas.
    public var numberFormat: NumberFormat?
    /// The character encoding; nil detects UTF-16 by its byte-order mark, else UTF-8, else Windows-1252.
    public var encoding: TextEncoding?
    /// The zone that times without an offset are read in.
    public var timeZone: TimeZone
    /// Whether malformed records are passed over and counted rather than stopping the import.
    public var skipBadRows: Bool
    /// How many records after the header decide the column types.
    public var sampleRows: Int
    /// How many threads parse at most.
    public var threads: Int
    /// Below this many bytes per thread the file is parsed on one thread.
    public var minimumBytesPerThread: Int
    /// Called every so many records; throws to stop reading (Ctrl-C).
    public var checkpoint: (@Sendable () throws -> Void)?
    /// Counts the bytes of the file read so far, for the progress line.
    public var progress: ProgressMeter?

    /// Options that detect everything, read times without an offset as UTC, and use every core.
    public init(delimiter: UInt8? = nil, numberFormat: NumberFormat? = nil, encoding: TextEncoding? = nil,
                timeZone: TimeZone = .gmt, skipBadRows: Bool = false, sampleRows: Int = 10_000,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                minimumBytesPerThread: Int = 4 << 20, checkpoint: (@Sendable () throws -> Void)? = nil,
                progress: ProgressMeter? = nil) {
        self.delimiter = delimiter
        self.numberFormat = numberFormat
        self.encoding = encoding
        self.timeZone = timeZone
        self.skipBadRows = skipBadRows
        self.sampleRows = sampleRows
        self.threads = threads
        self.minimumBytesPerThread = minimumBytesPerThread
        self.checkpoint = checkpoint
        self.progress = progress
    }
}
