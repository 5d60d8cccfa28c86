import Foundation
import RapportCore

/// `report FILE|- [--type html|md|pptx|xlsx] [--title T] [--client NAME] [--logo FILE] [--include LIST] [--lang de|en]
/// [--mkdirs] [--force]`: the findings as an HTML page, Markdown, a deck or a workbook.
enum ReportCommand {
    /// The report file (its extension picks the format), or `-` for stdout.
    static let file = Positional("FILE", .file)
    /// `--type T`: the format, whatever the extension.
    static let type = Flag("type", .choice(ReportFormat.self), valueName: "TYPE", Words.reportTypeFlag)
    /// `--title T`: the report's title.
    static let title = Flag("title", .text, valueName: "T", Words.reportTitleFlag)
    /// `--client NAME`: the client in the title block.
    static let client = Flag("client", .text, valueName: "NAME", Words.reportClientFlag)
    /// `--logo FILE`: a PNG or SVG logo.
    static let logo = Flag("logo", .file, valueName: "FILE", Words.reportLogoFlag)
    /// `--include A,B`: only these results, by name or kind.
    static let include = Flag("include", .text, valueName: "LIST", Words.reportIncludeFlag)
    /// `--datasets A,B`: the synonym of `--include` that earlier versions took.
    static let datasets = Flag("datasets", .text, valueName: "LIST", Words.reportDatasetsFlag)
    /// `--lang de|en`: the report's language, else the session's.
    static let language = Flag("lang", .choice(Language.self), valueName: "de|en", Words.reportLangFlag)

    /// The word that names stdout as the target.
    static let standardOutput = "-"

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "report", module: "export", summary: Words.reportSummary, discussion: Words.reportDiscussion,
        examples: ["report findings.html", "report findings.md --lang de --force",
                   "report deck.pptx --client \"ACME\" --logo acme.png", "report findings.xlsx",
                   "report voice.html --title \"Person or brand?\" --include comparison,goals",
                   "report - --type md", "report clients/acme/findings.html --mkdirs"],
        positionals: [file],
        flags: [type, title, client, logo, include, datasets, language, Switch.mkdirs, Switch.force],
        writesFiles: true
    )) { invocation, context in
        try run(invocation, context: context)
    }

    /// Writes the report of the workspace as it is now (`SOURCE_DATE_EPOCH` when set); the workspace is not changed.
    private static func run(_ invocation: Invocation, context: CommandContext) throws -> CommandResult {
        let file = invocation[Self.file]
        let toStdout = file.text == standardOutput
        let format = try self.format(invocation, toStdout: toStdout)
        let charts = format == .md && !toStdout ? chartsFolder(of: file.text) : nil
        if !toStdout {
            for target in [file.text] + (charts.map { [$0] } ?? [])
            where FileManager.default.fileExists(atPath: target) && !invocation[Switch.force] {
                throw invocation.error(Words.fileExists(target), at: file)
            }
            try TargetFolder.prepare(for: file.text, create: invocation[Switch.mkdirs], invocation: invocation, at: file)
        }
        let logo = try self.logo(invocation, format: format)
        let language = try invocation[Self.language] ?? context.language
        let reportContext = CommandContext(workspace: context.workspace, registry: context.registry, host: nil, input: nil,
                                           console: context.console, language: language)
        let include = try selection(invocation, context)
        context.progress.begin(Words.progressReport(toStdout ? standardOutput : file.text))
        let document = try FindingsBuilder(context: reportContext).document(FindingsBuilder.Request(
            title: invocation[Self.title]?.text, client: invocation[Self.client]?.text, logo: logo, include: include,
            time: Workspace.now()))
        let sections = document.findings.count
        if toStdout {
            let text = format == .html ? HTMLReport.page(document)
                : MarkdownReport.document(document, chartsFolder: nil).text
            context.console.out(text)
            var result = CommandResult.message(context.say(Words.reportWrittenToStdout(sections: sections,
                                                                                       type: format.rawValue)),
                                               [("file", .null), ("type", .string(format.rawValue)),
                                                ("findings", .integer(Int64(sections)))])
            if format == .md { result = result.warning(Words.reportChartsLeftOut) }
            return result.owningStdout()
        }
        do {
            try write(document, format: format, to: file.text, charts: charts, context: context)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: file)
        }
        return .message(context.say(Words.reportWritten(file.text, sections: sections)),
                        [("file", .string(file.text)), ("type", .string(format.rawValue)),
                         ("findings", .array(document.findings.map { .string($0.name) }))])
    }

    /// Writes the rendering atomically; Markdown's charts (and logo) into their folder first.
    private static func write(_ document: ReportDocument, format: ReportFormat, to path: String, charts: String?,
                              context: CommandContext) throws {
        let data: Data
        switch format {
        case .html: data = Data(HTMLReport.page(document).utf8)
        case .md:
            let folder = charts ?? chartsFolder(of: path)
            let (text, files) = MarkdownReport.document(document, chartsFolder: (folder as NSString).lastPathComponent)
            if !files.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw RapportError(Words.targetFolderMissing(folder))
                }
                for chart in files { try AtomicFile.write(chart.data, to: folder + "/" + chart.name) }
            }
            data = Data(text.utf8)
        case .pptx: data = try DeckWriter.bytes(DeckReport.deck(document), checkpoint: context.checkInterrupted)
        case .xlsx:
            data = try WorkbookWriter.bytes(WorkbookReport.workbook(document),
                                            timeZone: context.workspace.settings.timeZone,
                                            checkpoint: context.checkInterrupted)
        }
        try AtomicFile.write(data, to: path)
    }

    /// The folder a Markdown report's charts go into: `FILE-charts` beside it, its extension dropped.
    static func chartsFolder(of path: String) -> String {
        (path as NSString).deletingPathExtension + "-charts"
    }

    /// The format from `--type`, else from the extension (Markdown for stdout); stdout takes text formats only.
    private static func format(_ invocation: Invocation, toStdout: Bool) throws -> ReportFormat {
        if let given = try invocation[Self.type] {
            if toStdout && !given.isText {
                throw invocation.error(Words.reportBinaryToStdout(given.rawValue), at: invocation.word(of: Self.type))
            }
            return given
        }
        if toStdout { return .md }
        let file = invocation[Self.file]
        guard let format = ReportFormat(path: file.text) else {
            throw invocation.error(Words.reportUnknownFormat(file.text), at: file)
        }
        return format
    }

    /// The `--logo` file read and checked; an SVG logo only for HTML and Markdown.
    private static func logo(_ invocation: Invocation, format: ReportFormat) throws -> ReportLogo? {
        guard let word = invocation[Self.logo] else { return nil }
        let logo: ReportLogo
        do {
            logo = try ReportLogo.read(path: word.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: word)
        }
        if case .svg = logo, !format.isText {
            throw invocation.error(Words.reportLogoNeedsPNG(format.rawValue), at: word)
        }
        return logo
    }

    /// The results `--include` (or `--datasets`) names, each a kind or a stored result; nil for all.
    private static func selection(_ invocation: Invocation, _ context: CommandContext) throws -> Set<String>? {
        if let second = invocation[Self.datasets], invocation[Self.include] != nil {
            throw invocation.error(Words.reportIncludeTwice, at: second)
        }
        guard let word = invocation[Self.include] ?? invocation[Self.datasets] else { return nil }
        let workspace = context.workspace
        let kinds = ReportFinding.Kind.allCases.map(\.rawValue)
        let names = word.listItems
        for name in names where !kinds.contains(name) {
            guard let entry = workspace.entry(named: name) else {
                throw invocation.error(Words.unknownDataset(name)
                    .suggesting(Suggestion.closest(to: name, among: workspace.entries.map(\.name) + kinds)), at: word)
            }
            let isPairs = entry.origin?.finding?.kind == .comparePairs
            guard FindingsBuilder.kind(of: entry, in: workspace) != nil || isPairs else {
                throw invocation.error(Words.reportNotAResult(name), at: word)
            }
        }
        return Set(names)
    }
}
