import Foundation
import RapportCore

/// `report FILE [--title T] [--datasets A,B] [--lang de|en] [--mkdirs] [--force]`: the analysis as an HTML page or
/// Markdown.
enum ReportCommand {
    /// The report file; its extension picks HTML or Markdown.
    static let file = Positional("FILE", .file)
    /// `--title T`: the report's title.
    static let title = Flag("title", .text, valueName: "T", Words.reportTitleFlag)
    /// `--datasets A,B`: only these results.
    static let datasets = Flag("datasets", .text, valueName: "A,B", Words.reportDatasetsFlag)
    /// `--lang de|en`: the report's language, else the session's.
    static let language = Flag("lang", .choice(Language.self), valueName: "de|en", Words.reportLangFlag)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "report", module: "export", summary: Words.reportSummary, discussion: Words.reportDiscussion,
        examples: ["report findings.html", "report findings.md --lang de --force",
                   "report voice.html --title \"Person or brand?\" --datasets posts-engagement-rate-by-voice",
                   "report clients/acme/findings.html --mkdirs"],
        positionals: [file],
        flags: [title, datasets, language, Switch.mkdirs, Switch.force],
        writesFiles: true
    )) { invocation, context in
        try run(invocation, context: context)
    }

    /// Writes the report of the workspace as it is now (`SOURCE_DATE_EPOCH` when set); the workspace is not changed.
    private static func run(_ invocation: Invocation, context: CommandContext) throws -> CommandResult {
        let file = invocation[Self.file]
        guard let format = ReportFormat(path: file.text) else { throw invocation.error(Words.reportUnknownFormat(file.text), at: file) }
        if FileManager.default.fileExists(atPath: file.text) && !invocation[Switch.force] {
            throw invocation.error(Words.fileExists(file.text), at: file)
        }
        try TargetFolder.prepare(for: file.text, create: invocation[Switch.mkdirs], invocation: invocation, at: file)
        context.progress.begin(Words.progressReport(file.text))
        let language = try invocation[Self.language] ?? context.language
        let reportContext = CommandContext(workspace: context.workspace, registry: context.registry, host: nil, input: nil,
                                           console: context.console, language: language)
        let content = try ReportGatherer.content(title: invocation[Self.title]?.text, only: try selection(invocation, context),
                                                 time: Workspace.now(), in: reportContext)
        do {
            try AtomicFile.write(Data(format.text(content).utf8), to: file.text)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: file)
        }
        let sections = content.scores.count + content.comparisons.count + content.surveys.count
        return .message(context.say(Words.reportWritten(file.text, sections: sections)),
                        [("file", .string(file.text)), ("datasets", .array(content.provenance.datasets.map { .string($0.name) }))])
    }

    /// The results `--datasets` names, each checked to exist and to be something a report shows; nil for all.
    private static func selection(_ invocation: Invocation, _ context: CommandContext) throws -> Set<String>? {
        guard let word = invocation[Self.datasets] else { return nil }
        let workspace = context.workspace
        let names = word.listItems
        for name in names {
            guard let entry = workspace.entry(named: name) else {
                throw invocation.error(Words.unknownDataset(name)
                    .suggesting(Suggestion.closest(to: name, among: workspace.entries.map(\.name))), at: word)
            }
            guard ReportGatherer.role(of: entry, in: workspace) != nil else { throw invocation.error(Words.reportNotAResult(name), at: word) }
        }
        return Set(names)
    }
}
