import Foundation
import RapportCore

/// Reading the arguments of `simulate` subcommands, with errors that point at the word.
extension Invocation {
    /// The most rows (and accounts) one `simulate` makes: enough for any workshop, and a typo of many digits cannot
    /// exhaust memory.
    static let maximumSimulationCount = 1_000_000

    /// The longest stretch of time `simulate posts --days` spreads posts over: a century (a longer one overflowed).
    static let maximumSimulationDays = 36_500

    /// The largest share `--bought-share` and `--fake-share` take: shown followers are real / (1 − share), so a share
    /// closer to 1 made counts beyond any whole number.
    static let largestSimulationShare = 0.99

    /// The largest `--person-premium`: a premium of 1e300 made interaction counts beyond any whole number.
    static let largestPersonPremium = 100.0

    /// The positional count N (a whole number from 0 to `maximumSimulationCount`).
    func simulationCount() throws -> Int {
        let word = positional(0) ?? Word("", at: text.count)
        guard let count = Int(word.text), (0...Self.maximumSimulationCount).contains(count) else {
            throw error(Words.simulateBadCount(word.text, maximum: Self.maximumSimulationCount), at: word)
        }
        return count
    }

    /// The `--seed` value, else the workspace's seed setting.
    func simulationSeed(in context: CommandContext) throws -> UInt64 {
        guard let word = value("seed") else { return context.workspace.settings.seed }
        guard let seed = UInt64(word.text) else { throw error(Words.badSeed(word.text), at: word) }
        return seed
    }

    /// A flag's value as a fraction from 0 to `largestSimulationShare` (0.4 or 40%), else `fallback`.
    func simulationShare(_ flag: String, fallback: Double) throws -> Double {
        guard let word = value(flag) else { return fallback }
        let isPercent = word.text.hasSuffix("%")
        guard let number = Double(isPercent ? String(word.text.dropLast()) : word.text) else {
            throw error(Words.simulateBadShare(word.text, flag: flag), at: word)
        }
        let share = isPercent ? number / 100 : number
        guard share >= 0, share <= Self.largestSimulationShare else {
            throw error(Words.simulateBadShare(word.text, flag: flag), at: word)
        }
        return share
    }

    /// The dataset name to store under: the `as` name (unless ignored), else `fallback`; taken names need `--replace`.
    func simulationName(fallback: String, ignoringAs: Bool = false, in context: CommandContext) throws -> String {
        let name = ignoringAs ? fallback : asName?.text ?? fallback
        guard DatasetName.isValid(name) else { throw error(Words.badDatasetName(name), at: asName) }
        if context.workspace.contains(name) && !isSet("replace") { throw error(Words.datasetExists(name), at: asName) }
        return name
    }

    /// The settings of `simulate posts` from its count and flags.
    func postSettings(in context: CommandContext) throws -> PostSettings {
        var settings = PostSettings(count: try simulationCount(), seed: try simulationSeed(in: context))
        if let word = value("accounts") {
            guard let accounts = Int(word.text), (2...Self.maximumSimulationCount).contains(accounts) else {
                throw error(Words.simulateBadAccounts(word.text, maximum: Self.maximumSimulationCount), at: word)
            }
            settings.accounts = accounts
        }
        if let word = value("person-premium") {
            guard let premium = Double(word.text), premium > 0, premium <= Self.largestPersonPremium else {
                throw error(Words.simulateBadPremium(word.text, largest: Self.largestPersonPremium), at: word)
            }
            settings.personPremium = premium
        }
        settings.boughtShare = try simulationShare("bought-share", fallback: 0)
        if let word = value("platforms") {
            var platforms: [String] = []
            for platform in word.listItems.map({ $0.lowercased() }) where !platforms.contains(platform) {
                platforms.append(platform)
            }
            guard !platforms.isEmpty else { throw error(Words.simulateBadPlatforms(word.text), at: word) }
            settings.platforms = platforms
        }
        if let word = value("start") {
            guard let (seconds, _) = ISOTime.parse(Substring(word.text)) else { throw error(Words.simulateBadStart(word.text), at: word) }
            settings.start = seconds
        }
        if let word = value("days") {
            guard let days = Int(word.text), (1...Self.maximumSimulationDays).contains(days) else {
                throw error(Words.simulateBadDays(word.text, maximum: Self.maximumSimulationDays), at: word)
            }
            settings.days = days
        }
        return settings
    }
}
