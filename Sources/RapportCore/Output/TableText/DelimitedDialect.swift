/// How a CSV or TSV file spells its separators, numbers, booleans and times.
public struct DelimitedDialect {
    /// The byte between fields.
    let delimiter: UInt8
    /// The byte between the whole and the fractional part of a decimal.
    let decimalSeparator: UInt8
    /// Whether the file starts with a UTF-8 byte-order mark.
    let writesByteOrderMark: Bool
    /// What a boolean true is written as.
    let trueText: StaticString
    /// What a boolean false is written as.
    let falseText: StaticString
    /// Whether times are wall-clock times `DD.MM.YYYY HH:MM:SS` in the workspace's zone (else ISO 8601 in UTC).
    let writesLocalGermanTimes: Bool

    /// RFC 4180: commas, decimal points, ISO 8601 times in UTC, CRLF line ends.
    public static let csv = DelimitedDialect(delimiter: UInt8(ascii: ","), decimalSeparator: UInt8(ascii: "."),
                                             writesByteOrderMark: false, trueText: "true", falseText: "false",
                                             writesLocalGermanTimes: false)

    /// Like CSV, with tabs between fields.
    public static let tsv = DelimitedDialect(delimiter: UInt8(ascii: "\t"), decimalSeparator: UInt8(ascii: "."),
                                             writesByteOrderMark: false, trueText: "true", falseText: "false",
                                             writesLocalGermanTimes: false)

    /// What German Excel opens directly: semicolons, decimal commas, a byte-order mark, WAHR/FALSCH, German dates.
    public static let excelGerman = DelimitedDialect(delimiter: UInt8(ascii: ";"), decimalSeparator: UInt8(ascii: ","),
                                                     writesByteOrderMark: true, trueText: "WAHR", falseText: "FALSCH",
                                                     writesLocalGermanTimes: true)
}
