import Foundation
import RapportCore

/// The arguments of `simulate` subcommands, declared once with the checks of their values.
extension SimulateCommand {
    /// The most rows (and accounts) one `simulate` makes: enough for any workshop, and a typo of many digits cannot
    /// exhaust memory.
    static let maximumCount = 1_000_000

    /// The longest stretch of time `simulate posts --days` spreads posts over: a century (a longer one overflowed).
    static let maximumDays = 36_500

    /// The largest share `--bought-share` and `--fake-share` take: shown followers are real / (1 − share), so a share
    /// closer to 1 made counts beyond any whole number.
    static let largestShare = 0.99

    /// The largest `--person-premium`: a premium of 1e300 made interaction counts beyond any whole number.
    static let largestPersonPremium = 100.0

    /// The count N of `posts` and `followers` (a whole number from 0 to `maximumCount`).
    static let count = Positional("N", ValueType(.integer) { word, _ in
        guard let count = Int(word.text), (0...maximumCount).contains(count) else {
            throw RapportError(Words.simulateBadCount(word.text, maximum: maximumCount))
        }
        return count
    })
    /// The posts `interactions` and `replies` are made for.
    static let postsDataset = Positional("POSTS", .dataset)
    /// `--seed S`, which every subcommand takes; else the workspace's seed setting.
    static let seed = Flag("seed", .seed, valueName: "S", Words.simulateSeedFlag)
    /// `--replace`, which every subcommand takes.
    static let replace = Switch("replace", Words.simulateReplaceFlag)
    /// `--accounts K` of `posts` (2 to `maximumCount`).
    static let accounts = Flag("accounts", ValueType(.integer) { word, _ in
        guard let accounts = Int(word.text), (2...maximumCount).contains(accounts) else {
            throw RapportError(Words.simulateBadAccounts(word.text, maximum: maximumCount))
        }
        return accounts
    }, valueName: "K", Words.simulateAccountsFlag)
    /// `--person-premium X` of `posts`: a positive number up to `largestPersonPremium`.
    static let personPremium = Flag("person-premium", ValueType(.number) { word, _ in
        guard let premium = Double(word.text), premium > 0, premium <= largestPersonPremium else {
            throw RapportError(Words.simulateBadPremium(word.text, largest: largestPersonPremium))
        }
        return premium
    }, valueName: "X", Words.simulatePremiumFlag)
    /// `--bought-share F` of `posts`.
    static let boughtShare = Flag("bought-share", share, valueName: "F", Words.simulateBoughtFlag)
    /// `--fake-share F` of `followers`.
    static let fakeShare = Flag("fake-share", share, valueName: "F", Words.simulateFakeFlag)
    /// `--platforms LIST` of `posts`.
    static let platforms = Flag("platforms", .text, valueName: "LIST", Words.simulatePlatformsFlag)
    /// `--start DATE` of `posts`: the first day, as seconds.
    static let start = Flag("start", ValueType(.text) { word, _ in
        guard let (seconds, _) = ISOTime.parse(Substring(word.text)) else {
            throw RapportError(Words.simulateBadStart(word.text))
        }
        return seconds
    }, valueName: "DATE", Words.simulateStartFlag)
    /// `--days D` of `posts` (1 to `maximumDays`).
    static let days = Flag("days", ValueType(.integer) { word, _ in
        guard let days = Int(word.text), (1...maximumDays).contains(days) else {
            throw RapportError(Words.simulateBadDays(word.text, maximum: maximumDays))
        }
        return days
    }, valueName: "D", Words.simulateDaysFlag)

    /// A fraction from 0 to `largestShare`, typed as 0.4 or 40%.
    private static let share = ValueType<Double>(.number) { word, name in
        let isPercent = word.text.hasSuffix("%")
        guard let number = Double(isPercent ? String(word.text.dropLast()) : word.text) else {
            throw RapportError(Words.simulateBadShare(word.text, flag: name.bare))
        }
        let share = isPercent ? number / 100 : number
        guard share >= 0, share <= largestShare else { throw RapportError(Words.simulateBadShare(word.text, flag: name.bare)) }
        return share
    }
}

/// Reading what `simulate` subcommands share, with errors that point at the word.
extension Invocation {
    /// The `--seed` value, else the workspace's seed setting.
    func simulationSeed(in context: CommandContext) throws -> UInt64 {
        try self[SimulateCommand.seed] ?? context.workspace.settings.seed
    }

    /// The dataset name to store under: the `as` name (unless ignored), else `fallback`; taken names need `--replace`.
    func simulationName(fallback: String, ignoringAs: Bool = false, in context: CommandContext) throws -> String {
        let name = ignoringAs ? fallback : asName?.text ?? fallback
        guard DatasetName.isValid(name) else { throw error(Words.badDatasetName(name), at: asName) }
        if context.workspace.contains(name) && !self[SimulateCommand.replace] {
            throw error(Words.datasetExists(name), at: asName)
        }
        return name
    }

    /// The settings of `simulate posts` from its count and flags.
    func postSettings(in context: CommandContext) throws -> PostSettings {
        var settings = PostSettings(count: try self[SimulateCommand.count], seed: try simulationSeed(in: context))
        if let accounts = try self[SimulateCommand.accounts] { settings.accounts = accounts }
        if let premium = try self[SimulateCommand.personPremium] { settings.personPremium = premium }
        settings.boughtShare = try self[SimulateCommand.boughtShare] ?? 0
        if let word = self[SimulateCommand.platforms] {
            var platforms: [String] = []
            for platform in word.listItems.map({ $0.lowercased() }) where !platforms.contains(platform) {
                platforms.append(platform)
            }
            guard !platforms.isEmpty else { throw error(Words.simulateBadPlatforms(word.text), at: word) }
            settings.platforms = platforms
        }
        if let start = try self[SimulateCommand.start] { settings.start = start }
        if let days = try self[SimulateCommand.days] { settings.days = days }
        return settings
    }
}
