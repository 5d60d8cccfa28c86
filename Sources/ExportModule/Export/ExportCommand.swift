import Foundation
import RapportCore

/// `export NAME[,NAME…] FILE [--type T] [--dialect excel-de] [--force]`: writes datasets to a file other tools open.
enum ExportCommand {
    /// The dataset, or several separated by commas for formats that hold several.
    static let datasetNames = Positional("DATASET", .dataset)
    /// The file to write.
    static let file = Positional("FILE", .file)
    /// `--type TYPE`: the format, whatever the file's extension.
    static let fileType = Flag("type", .choice(ExportFormat.self), valueName: "TYPE", Words.exportTypeFlag)
    /// `--dialect excel-de`: CSV as German Excel reads it.
    static let dialect = Flag("dialect", .choice(["excel-de"]), valueName: "DIALECT", Words.exportDialectFlag)

    /// The command: checks the arguments, writes the file atomically and the sidecar where the format has one.
    static let command = BuiltinCommand(CommandSpec(
        name: "export", module: "export", summary: Words.exportSummary, discussion: Words.exportDiscussion,
        examples: ["export posts posts.csv", "export posts posts-de.csv --dialect excel-de",
                   "export posts,accounts findings.xlsx", "export posts posts.sqlite --force"],
        positionals: [datasetNames, file],
        flags: [fileType, dialect, Switch.force]
    )) { invocation, context in
        let datasets = try datasets(invocation, in: context)
        let fileWord = invocation[Self.file]
        let path = fileWord.text
        let format = try format(invocation, path: path)
        if datasets.count > 1 && !format.holdsSeveralDatasets {
            throw invocation.error(Words.exportOneDatasetOnly(format.rawValue), at: invocation[Self.datasetNames])
        }
        let sidecar = path + ".meta.json"
        try checkTargets([path] + (format.usesSidecar ? [sidecar] : []), invocation: invocation, at: fileWord)
        let provenance = Provenance(datasets: datasets, workspace: context.workspace)
        let timeZone = context.workspace.settings.timeZone
        let checkpoint = { try context.checkInterrupted() }
        switch format {
        case .csv, .tsv:
            let dialect = invocation[Self.dialect] != nil ? DelimitedDialect.excelGerman
                : (format == .csv ? DelimitedDialect.csv : DelimitedDialect.tsv)
            _ = try AtomicFile.write(to: path) { emit in
                try DelimitedWriter.write(datasets[0], dialect: dialect, timeZone: timeZone, checkpoint: checkpoint,
                                          emit: emit)
            }
        case .ndjson:
            _ = try AtomicFile.write(to: path) { emit in
                try JSONExporter.lines(datasets[0], checkpoint: checkpoint, emit: emit)
            }
        case .json:
            _ = try AtomicFile.write(to: path) { emit in
                try JSONExporter.document(datasets, provenance: provenance, checkpoint: checkpoint, emit: emit)
            }
        case .md:
            let text = try MarkdownExporter.text(datasets, provenance: provenance, formatter: context.formatter,
                                                 checkpoint: checkpoint)
            try AtomicFile.write(Array(text.utf8), to: path)
        case .xlsx:
            try AtomicFile.write(XLSXPackage.bytes(datasets, provenance: provenance, timeZone: timeZone,
                                                   checkpoint: checkpoint), to: path)
        case .sqlite:
            _ = try AtomicFile.write(to: path) { emit in
                try SQLiteExporter.write(datasets, provenance: provenance, checkpoint: checkpoint, emit: emit)
            }
        }
        if format.usesSidecar {
            try AtomicFile.write(Array((JSONWriter.string(provenance.json) + "\n").utf8), to: sidecar)
        }
        let rows = datasets.reduce(0) { $0 + $1.rowCount }
        let message = Words.exported(datasets.map(\.name), rows: rows, file: fileWord.text, type: format.rawValue,
                                     sidecar: format.usesSidecar ? sidecar : nil)
        return .message(context.say(message), [("file", .string(path)), ("type", .string(format.rawValue)),
                                                ("rows", .integer(Int64(rows))),
                                                ("sidecar", format.usesSidecar ? .string(sidecar) : .null)])
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

    /// The format from `--type`, else from the file's extension; `--dialect` only goes with CSV.
    private static func format(_ invocation: Invocation, path: String) throws -> ExportFormat {
        let format: ExportFormat
        if let given = try invocation[Self.fileType] {
            format = given
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

    /// Refuses to overwrite existing files without `--force`, and directories always.
    private static func checkTargets(_ paths: [String], invocation: Invocation, at word: Word) throws {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { throw invocation.error(Words.exportTargetIsDirectory(path), at: word) }
            if !invocation[Switch.force] { throw invocation.error(Words.fileExists(path), at: word) }
        }
    }
}
