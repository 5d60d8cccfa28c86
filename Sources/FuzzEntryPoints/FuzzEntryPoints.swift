import Foundation
import ImportModule
import PluginHost
import RapportCore
import RapportModules
import SurveyModule

/// The body of every fuzz target (FuzzTesting/): one function per reader of outside input, given the raw bytes of one
/// input. The libFuzzer targets call these, and the ordinary test suite replays the kept inputs through them, so a
/// crash found once is proved gone for good. Each returns whether the reader accepted the input (a refusal is fine;
/// only a trap is a failure).
public enum FuzzEntryPoints {
    /// The targets by the name of their folders under FuzzTesting/Corpus and FuzzTesting/Regressions.
    public static let targets: [String: ([UInt8]) -> Bool] = [
        "csv": csv, "json": json, "dataset": dataset, "manifest": manifest, "xlsx": xlsx, "command": command,
        "expression": expression, "instrument": instrument, "answers": answers, "plugin": plugin,
    ]

    /// The CSV reader; the first two bytes choose the options (delimiter, decimal sign, encoding, skipping bad rows,
    /// time zone, threads, sample size), the rest is the file.
    public static func csv(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        let (first, second) = (Int(bytes[0]), Int(bytes[1]))
        let delimiters: [UInt8?] = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        let formats: [NumberFormat?] = [nil, .point, .comma]
        let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
        let options = CSVOptions(
            delimiter: delimiters[first % delimiters.count], numberFormat: formats[first / 5 % formats.count],
            encoding: encodings[second % encodings.count], timeZone: zones[second / 4 % 2],
            skipBadRows: second / 8 % 2 == 1, sampleRows: second / 16 % 2 == 1 ? 2 : 10_000,
            threads: 1 + second / 32 % 3, minimumBytesPerThread: 16)
        return accepts { _ = try CSVReader.read(bytes: Array(bytes.dropFirst(2)), fileName: "<csv>", options: options) }
    }

    /// The JSON table reader, as a document and as NDJSON.
    public static func json(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let document = accepts { _ = try JSONTableReader.read(bytes: buffer, fileName: "<json>", lines: false) }
            let lines = accepts { _ = try JSONTableReader.read(bytes: buffer, fileName: "<ndjson>", lines: true) }
            return document || lines
        }
    }

    /// The dataset file decoder; what it reads must encode to bytes that read back to the same bytes again.
    public static func dataset(_ bytes: [UInt8]) -> Bool {
        guard let read = try? DatasetCodec.decode(bytes, name: "fuzz", path: "<dataset>") else { return false }
        let encoded = DatasetCodec.encode(read)
        let again = try? DatasetCodec.decode(encoded, name: "fuzz", path: "<encoded>")
        precondition(again.map { DatasetCodec.encode($0) } == encoded, "a decoded dataset does not survive encoding")
        return true
    }

    /// The manifest reader, then every setting the manifest holds as the session reads it.
    public static func manifest(_ bytes: [UInt8]) -> Bool {
        accepts {
            let settings = Settings(try ManifestReader.read(bytes, path: "<manifest>").settings)
            _ = (settings.language, settings.tableWidth, settings.seed, settings.resamples, settings.companyNames,
                 settings.pluginTimeout, settings.auditThreshold, settings.timeZone)
        }
    }

    /// The XLSX reader, given the bytes as a workbook file.
    public static func xlsx(_ bytes: [UInt8]) -> Bool {
        // A scratch file of this process, not user data: written plainly, as an fsync per input would dominate.
        let path = NSTemporaryDirectory() + "/rapport-fuzz-\(getpid()).xlsx"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return false }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return accepts { _ = try XLSXTableReader.read(file: path, timeZone: zones[1]) }
    }

    /// The command language: statements, variables, words, and each statement against the specifications of every
    /// built-in command, with its `where` clause parsed; errors are rendered with their carets.
    public static func command(_ bytes: [UInt8]) -> Bool {
        var accepted = true
        for statement in Lexer.statements(String(decoding: bytes, as: UTF8.self)) {
            accepted = accepts {
                let text = try VariableExpander.expand(statement, variables: ["N": "5", "NAME": "posts", "EMPTY": ""])
                let tokens = try Lexer.words(text)
                guard !tokens.isEmpty else { return }
                let invocation = try InvocationParser.parse(text, tokens: tokens, registry: registry).invocation
                if invocation.spec.clauses.contains(.where), let condition = invocation.whereClause { _ = try invocation.expression(condition) }
            } && accepted
        }
        return accepted
    }

    /// The expression language: parsed, then evaluated (as values and as a condition) on a small dataset in two zones.
    public static func expression(_ bytes: [UInt8]) -> Bool {
        accepts {
            let parsed = try RowExpression.parse(String(decoding: bytes, as: UTF8.self))
            for zone in zones {
                _ = try parsed.evaluate(on: sample, timeZone: zone)
                _ = try? parsed.matchingRows(in: sample, timeZone: zone)
            }
        }
    }

    /// The survey instrument reader.
    public static func instrument(_ bytes: [UInt8]) -> Bool {
        accepts { _ = try SurveyReaders.questionKeys(ofInstrument: bytes, path: "<instrument>") }
    }

    /// Survey answer lines, for every built-in instrument; an input whose first line is `{` up to a line `}` brings an
    /// instrument of its own, which the lines after it are answers to.
    public static func answers(_ bytes: [UInt8]) -> Bool {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        var instrument: [UInt8]?
        var answers = lines[...]
        if lines.first == "{", let end = lines.firstIndex(of: "}") {
            instrument = Array(lines[...end].joined(separator: "\n").utf8)
            answers = lines[(end + 1)...]
        }
        return accepts { _ = try SurveyReaders.answerCount(of: Array(answers), instrument: instrument) }
    }

    /// The plugin protocol: one answer line, as a `describe` and as a `run` answer.
    public static func plugin(_ bytes: [UInt8]) -> Bool {
        accepts { _ = try PluginReaders.passedReadings(ofAnswer: String(decoding: bytes, as: UTF8.self)) }
    }

    /// Whether `body` finishes without throwing; a refusal must carry a message in both languages and its caret.
    private static func accepts(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return true
        } catch let error as RapportError {
            _ = (error.message.text(.en), error.message.text(.de), error.caretLines)
            return false
        } catch {
            return false
        }
    }

    /// The zones times are read in: UTC, and one with summer time.
    private static let zones = [TimeZone(identifier: "UTC")!, TimeZone(identifier: "Europe/Berlin")!]

    /// Every built-in command (no plugins, so every run sees the same specifications).
    private static let registry = Registry(BuiltinModules.commands)

    /// The dataset expressions run on: a column of every type, with missing values and the extremes files can hold.
    private static let sample = Dataset(name: "posts", columns: [
        .integer("likes", [0, 12, nil, -3, Int64.max, Int64.min], role: .likes),
        .decimal("rate", [0.5, nil, -0.0, 1e308, -1e-308, 2.5], role: ColumnRole.rate),
        Column(name: "flag", data: .from(cells: [.boolean(true), .boolean(false), .missing, .boolean(true),
                                                  .boolean(false), .missing], as: .boolean)),
        Column(name: "posted", data: .from(cells: [.time(0), .time(1_711_846_800), .missing, .time(-62_135_596_800),
                                                    .time(253_402_300_799), .time(1_729_990_800)], as: .time)),
        .text("voice", ["brand", "person", nil, "", "Ünïcödé 👩‍👩‍👧", "brand"], role: .voice),
        .text("text with blanks", ["a, b", nil, "#tag", "'q'", "\"", "x"]),
    ])
}
