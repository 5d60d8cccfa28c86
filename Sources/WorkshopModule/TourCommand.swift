import RapportCore

/// `tour [CHAPTER|all]`: the ideas rapport measures, shown with real commands on the demo workspace.
enum TourCommand {
    /// The chapter to run, or `all`; else the list of chapters.
    static let chapter = Positional("CHAPTER", optional: .choice(TourChapters.all.map(\.id) + ["all"]))

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "tour", module: "workshop", summary: Words.tourSummary, discussion: Words.tourDiscussion,
        examples: ["tour", "tour people", "tour all"],
        positionals: [chapter],
        isLogged: false, runsCommands: true
    )) { invocation, context in
        guard let word = invocation[Self.chapter] else { return listing(context) }
        let chapters = word.text == "all" ? TourChapters.all : TourChapters.all.filter { $0.id == word.text }
        guard !chapters.isEmpty else {
            throw invocation.error(Words.unknownChapter(word.text)
                .suggesting(Suggestion.closest(to: word.text, among: TourChapters.all.map(\.id))), at: word)
        }
        let missing = Set(chapters.flatMap(\.needs)).filter { !context.workspace.contains($0) }.sorted()
        guard missing.isEmpty else { throw invocation.error(Words.tourNeedsDemo(missing), at: word) }
        guard let host = context.host else { throw invocation.error(Words.tourNeedsShell, at: word) }
        let interactive = context.input?.isInteractive ?? false
        for (index, chapter) in chapters.enumerated() {
            let counter = chapters.count > 1 ? "\(index + 1)/\(chapters.count) · " : ""
            context.console.out(context.console.bold(counter + context.say(chapter.title)) + "\n")
            context.console.out(context.console.fitted(context.say(chapter.idea)) + "\n\n")
            for step in chapter.steps {
                try context.checkInterrupted()
                context.console.out(context.console.dim("rapport> ") + step.command + "\n")
                try host.run(line: step.command, input: context.input)
                context.console.out("\n" + context.console.fitted(context.say(step.reading)) + "\n\n")
                if interactive, case .stop = waitForEnter(context) {
                    return .message(context.say(Words.tourLeft))
                }
            }
        }
        return .message(context.say(Words.tourDone(chapters.count)), [("chapters", .array(chapters.map { .string($0.id) }))])
    }

    /// What a person answered at the pause between steps.
    private enum Pause { case next, stop }

    /// Waits for Enter (go on) or `q` (leave); the end of input or Ctrl-C also leave.
    private static func waitForEnter(_ context: CommandContext) -> Pause {
        guard let input = context.input else { return .next }
        switch input.readLine(prompt: context.say(Words.tourPrompt)) {
        case .line(let text): return text.trimmingCharacters(in: .whitespaces).lowercased() == "q" ? .stop : .next
        case .interrupted, .end: return .stop
        }
    }

    /// `tour` alone: the chapters with their titles; the headers speak the session's language, JSON keeps them English.
    private static func listing(_ context: CommandContext) -> CommandResult {
        .table(in: context.language) { language in
            Dataset(name: "tour", columns: [
                Column.text(Words.tourChapterColumn.text(language), TourChapters.all.map(\.id)),
                Column.text(Words.tourIdeaColumn.text(language), TourChapters.all.map { context.say($0.title) }),
                Column.integer(Words.tourStepsColumn.text(language), TourChapters.all.map { Int64($0.steps.count) }),
            ])
        }
    }
}
