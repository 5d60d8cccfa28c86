import RapportCore

/// `voice NAME ACCOUNT... person|institution` or `voice NAME --from FILE`: sets the voice of accounts' rows.
enum VoiceCommand {
    /// The dataset whose voice column is set.
    static let dataset = Positional("DATASET", .dataset)
    /// The accounts, then the voice they get.
    static let accounts = Positional("ACCOUNT", repeating: .text, optional: true)
    /// `--from FILE`: the accounts and voices from a file instead.
    static let from = Flag("from", .file, valueName: "FILE", Words.voiceFromFlag)

    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "voice", module: "import", summary: Words.voiceSummary, discussion: Words.voiceDiscussion,
        examples: ["voice posts anna carl person", "voice posts brand institution", "voice posts --from voices.csv"],
        positionals: [dataset, accounts],
        flags: [from]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        var dataset = try context.workspace.dataset(named: invocation[Self.dataset].text)
        let words = invocation[Self.accounts]
        let assignments = try self.assignments(words, invocation: invocation)
        guard let accountIndex = dataset.columns.firstIndex(where: { $0.role == .account }) else {
            throw invocation.error(Words.noAccountColumn(dataset.name), at: invocation[Self.dataset])
        }
        let formatter = context.formatter
        let accounts = dataset.columns[accountIndex].data
        var rowsByAccount: [String: [Int]] = [:]
        for row in 0..<accounts.count where !accounts[row].isMissing {
            rowsByAccount[formatter.text(accounts[row]), default: []].append(row)
        }
        let unknown = assignments.filter { rowsByAccount[$0.account] == nil }
        if let first = unknown.first, let word = first.word {
            let known = Array(rowsByAccount.keys.sorted().prefix(5))
            throw invocation.error(Words.unknownAccounts(unknown.map(\.account), in: dataset.name, known: known), at: word)
        }
        let voiceIndex = dataset.columns.firstIndex { $0.role == .voice } ?? dataset.columnIndex(named: "voice")
        var voices: [String?] = Array(repeating: nil, count: dataset.rowCount)
        if let voiceIndex {
            let data = dataset.columns[voiceIndex].data
            voices = (0..<data.count).map { data[$0].isMissing ? nil : formatter.text(data[$0]) }
        }
        var changed = 0
        for assignment in assignments {
            for row in rowsByAccount[assignment.account] ?? [] {
                voices[row] = assignment.voice.rawValue
                changed += 1
            }
        }
        let name = voiceIndex.map { dataset.columns[$0].name } ?? "voice"
        dataset.setColumn(Column.text(name, voices, role: .voice))
        try context.workspace.put(dataset, replacing: true)
        let matched = Set(assignments.map(\.account)).subtracting(unknown.map(\.account)).count
        let missing = voices.filter { $0 == nil }.count
        let result = CommandResult.message(
            context.say(Words.voiceSet(rows: changed, accounts: matched, in: dataset.name, missing: missing)),
            [("name", .string(dataset.name)), ("rows", .integer(Int64(changed))),
             ("accounts", .integer(Int64(matched))), ("missing", .integer(Int64(missing)))])
        return unknown.isEmpty ? result : result.warning(Words.voiceFileUnmatched(unknown.map(\.account), in: dataset.name))
    }

    /// The accounts and voices to set, from the command line or from `--from`; command-line ones keep their word.
    private static func assignments(_ words: [Word], invocation: Invocation)
        throws -> [(account: String, voice: Voice, word: Word?)] {
        if let file = invocation[Self.from] {
            guard words.isEmpty else { throw invocation.error(Words.voiceNeedsAccountsOrFile, at: words[0]) }
            return try VoiceMapFile(path: file.text).entries.map { ($0.account, $0.voice, nil) }
        }
        guard let last = words.last, words.count >= 2 else {
            throw invocation.error(Words.voiceNeedsAccountsOrFile, at: words.last ?? invocation[Self.dataset])
        }
        guard let voice = Voice(word: last.text) else {
            let suggestion = Suggestion.closest(to: last.text, among: Voice.allCases.map(\.rawValue))
            throw invocation.error(Words.badVoice(last.text).suggesting(suggestion), at: last)
        }
        return words.dropLast().map { ($0.text, voice, $0) }
    }
}
