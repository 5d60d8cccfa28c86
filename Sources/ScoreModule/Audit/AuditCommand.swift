import Analytics
import Foundation
import RapportCore

/// `audit NAME [--label COLUMN] [--rules LIST] [--threshold T] [--followers N] [--as-of DATE] [as RESULT]`:
/// the authenticity audit of a follower sample.
enum AuditCommand {
    /// The follower sample to audit.
    static let dataset = Positional("DATASET", .dataset)
    /// `--label COLUMN`: known fake or real, to check the rules against.
    static let label = Flag("label", .column, valueName: "COLUMN", Words.auditLabelFlag)
    /// `--rules LIST`: the rule sets and weights.
    static let rules = Flag("rules", .text, valueName: "LIST", Words.auditRulesFlag)
    /// `--threshold T`: the score from which a follower counts as likely fake.
    static let threshold = Flag("threshold", .number, valueName: "T", Words.auditThresholdFlag)
    /// `--followers N`: the account's follower count the sample stands for.
    static let followers = Flag("followers", .word(.integer), valueName: "N", Words.auditFollowersFlag)
    /// `--as-of DATE`: the moment account ages are measured at.
    static let asOf = Flag("as-of", .text, valueName: "DATE", Words.auditAsOfFlag)
    /// `--replace`: earlier results of another kind may be replaced.
    static let replace = Switch("replace", Words.auditReplaceFlag)

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "audit", module: "score", summary: Words.auditSummary, discussion: Words.auditDiscussion,
        examples: ["audit followers", "audit followers --label rating",
                   "audit followers --rules socialbakers,camisani.no-picture=2 --threshold 0.4 as check"],
        positionals: [dataset],
        flags: [label, rules, threshold, followers, asOf, replace],
        clauses: [.as]
    )) { invocation, context in try run(invocation, in: context) }

    /// The columns of the rules dataset the terminal shows; the stored dataset has all of them.
    static let shownRuleColumns: Set = ["indicator", "weight", "showing", "share", "precision", "recall", "missing_roles"]

    /// Runs the audit and stores its four result datasets.
    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let source = invocation[Self.dataset]
        let dataset = try invocation.dataset(source, in: context)
        // Posts or accounts carry a followers column too, but one account's follower count per row is no sample.
        if let kind = dataset.kind, kind != .followers {
            throw invocation.error(Words.auditNeedsFollowerSample(dataset: dataset.name, kind: kind), at: source)
        }
        let indicators = try invocation[Self.rules].map { word in
            try pointing(invocation, at: word) { try RuleSelection.parse(word.text) }
        } ?? RuleSelection.all
        let threshold = try self.threshold(invocation, in: context)
        let asOf = try self.asOf(invocation, timeZone: context.workspace.settings.timeZone)
        let labels = try invocation[Self.label].map { word in
            let column = dataset.columns[try invocation.columnIndex(word.text, at: word, in: dataset)]
            return try pointing(invocation, at: word) { try FollowerLabels.read(column) }
        }
        let sample = try pointing(invocation, at: source) { try FollowerSample.read(dataset, asOf: asOf) }
        let audit = AuthenticityAudit(sample: sample, indicators: indicators, threshold: threshold)
        guard !audit.applied.isEmpty else {
            var roles: [ColumnRole] = []
            for role in audit.skipped.flatMap(\.missingRoles) where !roles.contains(role) { roles.append(role) }
            throw invocation.error(Words.noApplicableRule(dataset: dataset.name, missingRoles: roles), at: source)
        }
        guard audit.examined > 0,
              let interval = WilsonInterval.of(successes: audit.likelyFake, trials: audit.examined,
                                               confidence: AuditOutcome.confidence) else {
            throw invocation.error(Words.noFollowersExamined(dataset.name), at: source)
        }
        let outcome = AuditOutcome(
            audit: audit, followerIDs: dataset.column(role: .followerID), interval: interval,
            accountFollowers: try accountFollowers(invocation) ?? audit.examined,
            benford: sample.numbers[.followers].flatMap { BenfordTest($0.compactMap { $0 }) }, labels: labels)
        let names = try resultNames(invocation, source: source, in: context)
        let results = [outcome.summaryDataset(named: names[0]), outcome.followersDataset(named: names[1]),
                       outcome.rulesDataset(named: names[2], language: context.language),
                       outcome.benfordDataset(named: names[3])]
        for result in results { try context.workspace.put(result, replacing: true, finding: Finding(.audit)) }
        let text = outcome.sentences(context.formatter).map(context.say).joined(separator: "\n")
        let shownRules = Dataset(name: names[2], columns: results[2].columns.filter { AuditCommand.shownRuleColumns.contains($0.name) })
        var result = CommandResult(
            blocks: [.table(results[0], title: nil), .table(shownRules, title: context.say(Words.auditRulesTitle)), .text(text)],
            json: outcome.json(datasets: names, message: text))
        if !audit.skipped.isEmpty {
            result = result.warning(Words.skippedRules(audit.skipped.map { ($0.indicator.name, $0.missingRoles) }))
        }
        return result
    }

    /// Runs `body`, pointing an error it throws at `word`.
    private static func pointing<T>(_ invocation: Invocation, at word: Word, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RapportError where error.excerpt == nil {
            throw invocation.error(error.message, at: word)
        }
    }

    /// The threshold: `--threshold`, else the `audit-threshold` setting.
    private static func threshold(_ invocation: Invocation, in context: CommandContext) throws -> Double {
        guard let word = invocation[Self.threshold] else { return context.workspace.settings.auditThreshold }
        guard let value = Settings.fraction(word.text) else { throw invocation.error(Words.badFraction(word.text), at: word) }
        return value
    }

    /// The moment account ages are measured at: `--as-of` (in `timeZone` when it has no offset, as `score` reads it), else now.
    private static func asOf(_ invocation: Invocation, timeZone: TimeZone) throws -> Int64 {
        guard let word = invocation[Self.asOf] else { return Int64(Date().timeIntervalSince1970) }
        guard let moment = ISOTime.parse(Substring(word.text)) else { throw invocation.error(Words.badAsOf(word.text), at: word) }
        return moment.hasOffset ? moment.seconds : LocalTime(timeZone: timeZone).moment(ofLocal: moment.seconds)
    }

    /// `--followers`, when given: a positive whole number.
    private static func accountFollowers(_ invocation: Invocation) throws -> Int? {
        guard let word = invocation[Self.followers] else { return nil }
        guard let value = Int(word.text), value > 0 else { throw invocation.error(Words.badAccountFollowers(word.text), at: word) }
        return value
    }

    /// The names of the summary, followers, rules and Benford datasets; a name taken by a dataset no audit
    /// made is an error unless `--replace`.
    private static func resultNames(_ invocation: Invocation, source: Word, in context: CommandContext) throws -> [String] {
        let base = invocation.asName?.text ?? source.text + "-audit"
        let names = [base, base + "-followers", base + "-rules", base + "-benford"]
        let word = invocation.asName ?? source
        for name in names {
            guard DatasetName.isValid(name) else { throw invocation.error(Words.badDatasetName(name), at: word) }
            if let entry = context.workspace.entry(named: name), entry.kind != .audit,
               !invocation[Self.replace] {
                throw invocation.error(Words.auditResultTaken(name), at: word)
            }
        }
        return names
    }
}
