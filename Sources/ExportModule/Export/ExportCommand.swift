import Foundation
import RapportCore

/// `export NAME[,NAME…] FILE|- [--type T] [--dialect excel-de] [--meta FILE] [--mkdirs] [--force]`: writes datasets
/// to a file other tools open, or to stdout.
enum ExportCommand {
    /// The dataset, or several separated by commas for formats that hold several.
    static let datasetNames = Positional("DATASET", .dataset)
    /// The file to write, or `-` for stdout.
    static let file = Positional("FILE", .file)
    /// `--type TYPE`: the format, whatever the file's extension.
    static let fileType = Flag("type", .choice(ExportFormat.self), valueName: "TYPE", Words.exportTypeFlag)
    /// `--dialect excel-de`: CSV as German Excel reads it.
    static let dialect = Flag("dialect", .choice(["excel-de"]), valueName: "DIALECT", Words.exportDialectFlag)
    /// `--meta FILE`: where the provenance record goes (instead of `FILE.meta.json`, or at all for stdout).
    static let meta = Flag("meta", .file, valueName: "FILE", Words.exportMetaFlag)

    /// The word that names stdout as the target.
    static let standardOutput = "-"

    /// The command: checks the arguments, writes the file atomically (or to stdout) and the provenance record.
    static let command = BuiltinCommand(CommandSpec(
        name: "export", module: "export", summary: Words.exportSummary, discussion: Words.exportDiscussion,
        examples: ["export posts posts.csv", "export posts posts-de.csv --dialect excel-de",
                   "export posts,accounts findings.xlsx", "export posts posts.sqlite --force",
                   "export posts - --type ndjson", "export posts out/posts.csv --mkdirs"],
        positionals: [datasetNames, file],
        flags: [fileType, dialect, meta, Switch.mkdirs, Switch.force],
        writesFiles: true
    )) { invocation, context in
        let datasets = try datasets(invocation, in: context)
        let fileWord = invocation[Self.file]
        let path = fileWord.text
        let toStdout = path == standardOutput
        let format = try format(invocation, path: path, toStdout: toStdout)
        if datasets.count > 1 && !format.holdsSeveralDatasets {
            throw invocation.error(Words.exportOneDatasetOnly(format.rawValue), at: invocation[Self.datasetNames])
        }
        let sidecar = invocation[Self.meta]?.text ?? (format.usesSidecar && !toStdout ? path + ".meta.json" : nil)
        var targets = toStdout ? [] : [(path, fileWord)]
        if let sidecar { targets.append((sidecar, invocation[Self.meta] ?? fileWord)) }
        for (target, word) in targets {
            try checkTarget(target, invocation: invocation, at: word)
            try TargetFolder.prepare(for: target, create: invocation[Switch.mkdirs], invocation: invocation, at: word)
        }
        let provenance = Provenance(datasets: datasets, workspace: context.workspace)
        let rows = datasets.reduce(0) { $0 + $1.rowCount }
        context.progress.begin(Words.progressExporting(datasets.map(\.name), to: toStdout ? nil : path),
                               unit: .rows, total: rows)
        try writeData(datasets, format: format, to: toStdout ? nil : path, invocation: invocation,
                      provenance: provenance, context: context)
        if let sidecar {
            try AtomicFile.write(Array((JSONWriter.string(provenance.json) + "\n").utf8), to: sidecar)
        }
        let message = toStdout
            ? Words.exportedToStdout(datasets.map(\.name), rows: rows, type: format.rawValue, sidecar: sidecar)
            : Words.exported(datasets.map(\.name), rows: rows, file: path, type: format.rawValue, sidecar: sidecar)
        let result = CommandResult.message(context.say(message), [
            ("file", toStdout ? .null : .string(path)), ("type", .string(format.rawValue)),
            ("rows", .integer(Int64(rows))), ("sidecar", sidecar.map(JSONValue.string) ?? .null),
        ])
        return toStdout ? result.owningStdout() : result
    }

    /// Writes the datasets in a format to the file at `path` atomically, or to stdout when `path` is nil; every
    /// 16,384 rows it checks for Ctrl-C and counts the rows on the progress meter.
    private static func writeData(_ datasets: [Dataset], format: ExportFormat, to path: String?, invocation: Invocation,
                                  provenance: Provenance, context: CommandContext) throws {
        let checkpoint = { (rows: Int) throws in
            try context.checkInterrupted()
            context.progress.advance(by: rows)
        }
        try context.checkInterrupted()
        func write(_ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
            if let path {
                _ = try AtomicFile.write(to: path, produce)
            } else {
                try produce { chunk in context.console.out(String(decoding: chunk, as: UTF8.self)) }
            }
        }
        let timeZone = context.workspace.settings.timeZone
        switch format {
        case .csv, .tsv:
            let dialect = invocation[Self.dialect] != nil ? DelimitedDialect.excelGerman
                : (format == .csv ? DelimitedDialect.csv : DelimitedDialect.tsv)
            try write { emit in
                try DelimitedWriter.write(datasets[0], dialect: dialect, timeZone: timeZone, checkpoint: checkpoint,
                                          emit: emit)
            }
        case .ndjson:
            try write { emit in try JSONExporter.lines(datasets[0], checkpoint: checkpoint, emit: emit) }
        case .json:
            try write { emit in
                try JSONExporter.document(datasets, provenance: provenance, checkpoint: checkpoint, emit: emit)
            }
        case .md:
            let text = try MarkdownExporter.text(datasets, provenance: provenance, formatter: context.formatter,
                                                 checkpoint: checkpoint)
            try write { emit in try emit(Array(text.utf8)) }
        case .xlsx:
            let bytes = try XLSXPackage.bytes(datasets, provenance: provenance, timeZone: timeZone,
                                              checkpoint: { try checkpoint(0) })
            try write { emit in try emit([UInt8](bytes)) }
        case .sqlite:
            try write { emit in
                try SQLiteExporter.write(datasets, provenance: provenance, checkpoint: checkpoint, emit: emit)
            }
        }
    }

    /// The datasets the first positional names, separated by commas.
    private static func datasets(_ invocation: Invocation, in context: CommandContext) throws -> [Dataset] {
        let word = invocation[Self.datasetNames]
        let names = word.text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var seen: Set<String> = []
        return try names.map { name in
            guard !name.isEmpty else { throw invocation.error(Words.exportEmptyDatasetName, at: word) }
            guard seen.insert(name).inserted else { throw invocation.error(Words.exportRepeatedDataset(name), at: word) }
            return try invocation.dataset(Word(name, at: word.offset), in: context)
        }
    }

    /// The format from `--type`, else from the file's extension (CSV for stdout); `--dialect` only goes with CSV,
    /// and stdout takes text formats only.
    private static func format(_ invocation: Invocation, path: String, toStdout: Bool) throws -> ExportFormat {
        let format: ExportFormat
        if let given = try invocation[Self.fileType] {
            format = given
            if toStdout && !format.isText {
                throw invocation.error(Words.exportBinaryToStdout(format.rawValue),
                                       at: invocation.word(of: Self.fileType))
            }
        } else if toStdout {
            format = .csv
        } else if let detected = ExportFormat.detect(path: path) {
            format = detected
        } else {
            throw invocation.error(Words.exportUnknownExtension(path), at: invocation[Self.file])
        }
        if let dialectWord = invocation[Self.dialect], format != .csv {
            throw invocation.error(Words.exportDialectNeedsCSV(format.rawValue), at: dialectWord)
        }
        return format
    }

    /// Refuses to overwrite an existing file without `--force`, and a directory always.
    private static func checkTarget(_ path: String, invocation: Invocation, at word: Word) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw invocation.error(Words.exportTargetIsDirectory(path), at: word) }
        if !invocation[Switch.force] { throw invocation.error(Words.fileExists(path), at: word) }
    }
}
