/// How results are printed: aligned tables for people, or JSON, CSV, TSV or Markdown for programs and documents.
public enum OutputMode: String, CaseIterable, Sendable {
    case table, json, csv, tsv, md

    /// The mode a word names: a mode's own name, or `markdown` for `md` (the word `export` takes as an extension).
    public init?(word: String) {
        if word == "markdown" {
            self = .md
        } else {
            self.init(rawValue: word)
        }
    }

    /// Every word `set output` and `--output` take, the synonym last.
    public static let words = allCases.map(\.rawValue) + ["markdown"]

    /// Whether results are tables of data for another program (CSV, TSV, Markdown): stdout carries only the tables,
    /// and sentences, notes and warnings go to stderr.
    public var printsOnlyTables: Bool {
        self == .csv || self == .tsv || self == .md
    }
}
