import RapportCore

/// `simulate posts|followers|interactions|replies …`: synthetic data whose effects the user sets.
enum SimulateCommand {
    /// The command.
    static let command: Command = BuiltinCommand(CommandSpec(
        name: "simulate", module: "import", summary: Words.simulateSummary,
        examples: ["simulate posts 10000", "simulate posts 20000 --person-premium 3 --bought-share 0.4",
                   "simulate followers 5000 --fake-share 0.4", "simulate interactions posts", "simulate replies posts"],
        subcommands: [
            CommandSpec(name: "posts", module: "import", summary: Words.simulatePostsSummary,
                        discussion: Words.simulatePostsDiscussion,
                        examples: ["simulate posts 10000", "simulate posts 5000 as demo --seed 7 --person-premium 3"],
                        positionals: [count],
                        flags: [seed, accounts, personPremium, boughtShare, platforms, start, days, replace],
                        clauses: [.as]),
            CommandSpec(name: "followers", module: "import", summary: Words.simulateFollowersSummary,
                        discussion: Words.simulateFollowersDiscussion,
                        examples: ["simulate followers 5000 --fake-share 0.4"],
                        positionals: [count], flags: [seed, fakeShare, replace],
                        clauses: [.as]),
            CommandSpec(name: "interactions", module: "import", summary: Words.simulateInteractionsSummary,
                        discussion: Words.simulateInteractionsDiscussion, examples: ["simulate interactions posts"],
                        positionals: [postsDataset], flags: [seed, replace], clauses: [.as]),
            CommandSpec(name: "replies", module: "import", summary: Words.simulateRepliesSummary,
                        discussion: Words.simulateRepliesDiscussion, examples: ["simulate replies posts"],
                        positionals: [postsDataset], flags: [seed, replace], clauses: [.as]),
        ]
    ), run: { invocation, context in try run(invocation, in: context) })

    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        switch invocation.subcommand {
        case "posts": return try posts(invocation, in: context)
        case "followers": return try followers(invocation, in: context)
        case "interactions": return try fromPosts(invocation, fallback: "interactions", in: context, InteractionSimulator.make)
        case "replies": return try fromPosts(invocation, fallback: "replies", in: context, ReplySimulator.make)
        default: throw RapportError(Words.simulateNeedsSubcommand)
        }
    }

    /// `simulate posts N`.
    private static func posts(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let settings = try invocation.postSettings(in: context)
        let name = try invocation.simulationName(fallback: "posts", in: context)
        let accountsName = try invocation.simulationName(fallback: name + "_accounts", ignoringAs: true, in: context)
        let (posts, accounts) = try PostSimulator.make(settings, name: name, accountsName: accountsName,
                                                      checkpoint: context.checkInterrupted)
        try context.workspace.put(posts, replacing: true)
        try context.workspace.put(accounts, replacing: true)
        let text = context.say(Words.simulatedPosts(posts.rowCount, name: name, accounts: accounts.rowCount,
                                                    accountsName: accountsName, seed: settings.seed))
        return .message(text, [("name", .string(name)), ("rows", .integer(Int64(posts.rowCount))),
                               ("accounts", .string(accountsName)), ("seed", .string(String(settings.seed))),
                               ("company", .string(PostText.company)),
                               ("person_premium", .number(settings.personPremium)),
                               ("bought_share", .number(settings.boughtShare))])
    }

    /// `simulate followers N`.
    private static func followers(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let count = try invocation[Self.count]
        let seed = try invocation.simulationSeed(in: context)
        let fakeShare = try invocation[Self.fakeShare] ?? 0.2
        let name = try invocation.simulationName(fallback: "followers", in: context)
        let dataset = try FollowerSimulator.make(count: count, fakeShare: fakeShare, seed: seed, name: name,
                                                 checkpoint: context.checkInterrupted)
        try context.workspace.put(dataset, replacing: true)
        let labels = dataset.column(named: "label")?.data
        let fakes = (0..<count).filter { labels?[$0] == .text("fake") }.count
        let text = context.say(Words.simulatedFollowers(count, fakes: fakes, name: name, seed: seed))
        return .message(text, [("name", .string(name)), ("rows", .integer(Int64(count))),
                               ("fake", .integer(Int64(fakes))), ("seed", .string(String(seed)))])
    }

    /// `simulate interactions POSTS` and `simulate replies POSTS`.
    private static func fromPosts(_ invocation: Invocation, fallback: String, in context: CommandContext,
                                  _ make: (PostColumns, UInt64, String, () throws -> Void) throws -> Dataset) throws -> CommandResult {
        let word = invocation[Self.postsDataset]
        let source = try invocation.dataset(word, in: context)
        let columns: PostColumns
        do {
            columns = try PostColumns(source)
        } catch let error as RapportError {
            throw invocation.error(error.message, at: word)
        }
        let seed = try invocation.simulationSeed(in: context)
        let name = try invocation.simulationName(fallback: word.text + "_" + fallback, in: context)
        let dataset = try make(columns, seed, name, context.checkInterrupted)
        try context.workspace.put(dataset, replacing: true)
        let text = context.say(Words.simulatedRows(dataset.rowCount, name: name, from: source.name, seed: seed))
        return .message(text, [("name", .string(name)), ("rows", .integer(Int64(dataset.rowCount))),
                               ("seed", .string(String(seed)))])
    }
}
