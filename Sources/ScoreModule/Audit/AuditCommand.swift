import Analytics
import Foundation
import RapportCore

/// `audit NAME [--model MODEL] [--platform P] [--label COLUMN] [--rules LIST] [--threshold T] [--followers N]
/// [--as-of DATE] [as RESULT]`: the authenticity audit of a follower sample, by a learned model where one is given
/// or fits the sample's platform, beside the published rules; `audit train` fits a model.
enum AuditCommand {
    /// The follower sample to audit.
    static let dataset = Positional("DATASET", .dataset)
    /// `--label COLUMN`: known fake or real, to check the verdicts against (to train on, for `audit train`).
    static let label = Flag("label", .column, valueName: "COLUMN", Words.auditLabelFlag)
    /// `--rules LIST`: the rule sets and weights.
    static let rules = Flag("rules", .text, valueName: "LIST", Words.auditRulesFlag)
    /// `--threshold T`: the score (the probability, with a model) from which a follower counts as likely fake.
    static let threshold = Flag("threshold", .number, valueName: "T", Words.auditThresholdFlag)
    /// `--followers N`: the account's follower count the sample stands for.
    static let followers = Flag("followers", .word(.integer), valueName: "N", Words.auditFollowersFlag)
    /// `--as-of DATE`: the moment account ages are measured at.
    static let asOf = Flag("as-of", .text, valueName: "DATE", Words.auditAsOfFlag)
    /// `--replace`: earlier results of another kind may be replaced.
    static let replace = Switch("replace", Words.auditReplaceFlag)
    /// `--model MODEL`: a trained model of the workspace, a built-in one, or `rules` for the rules alone.
    static let model = Flag("model", .text, valueName: "MODEL", Words.auditModelFlag)
    /// `--platform P`: the sample's platform, when its provenance does not tell it.
    static let platform = Flag("platform", .text, valueName: "P", Words.auditPlatformFlag)
    /// The `--model` word that asks for the rules alone.
    static let rulesOnly = "rules"

    /// The command.
    static let command = BuiltinCommand(CommandSpec(
        name: "audit", module: "score", summary: Words.auditSummary, discussion: Words.auditDiscussion,
        examples: ["audit followers", "audit followers --label rating", "audit followers --model instagram",
                   "audit train labelled --label rating as mymodel", "audit followers --model mymodel",
                   "audit followers --rules socialbakers,camisani.no-picture=2 --threshold 0.4 as check"],
        positionals: [dataset],
        flags: [label, model, platform, rules, threshold, followers, asOf, replace],
        clauses: [.as],
        subcommands: [AuditTrainCommand.spec]
    )) { invocation, context in
        if invocation.subcommand == "train" { return try AuditTrainCommand.run(invocation, in: context) }
        return try run(invocation, in: context)
    }

    /// The columns of the rules dataset the terminal shows; the stored dataset has all of them.
    static let shownRuleColumns: Set = ["indicator", "weight", "showing", "share", "precision", "recall", "missing_roles"]

    /// The dataset named by `word`, which must be a follower sample (or of no kind).
    static func followerSample(_ invocation: Invocation, _ word: Word, in context: CommandContext) throws -> Dataset {
        let dataset = try invocation.dataset(word, in: context)
        // Posts or accounts carry a followers column too, but one account's follower count per row is no sample.
        if let kind = dataset.kind, kind != .followers {
            throw invocation.error(Words.auditNeedsFollowerSample(dataset: dataset.name, kind: kind), at: word)
        }
        return dataset
    }

    /// The platform of a dataset: that of the built-in model made for the import preset that mapped the columns
    /// of a file it traces back to, nil when there is none.
    static func platform(of name: String, in context: CommandContext) -> String? {
        let presets = context.workspace.entry(named: name)?.origin?.files.compactMap(\.preset) ?? []
        return BuiltinAuditModels.all.first { model in presets.contains(model.preset) }?.platform
    }

    /// Runs the audit and stores its four result datasets.
    private static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let source = invocation[Self.dataset]
        let dataset = try followerSample(invocation, source, in: context)
        let indicators = try invocation[Self.rules].map { word in
            try pointing(invocation, at: word) { try RuleSelection.parse(word.text) }
        } ?? RuleSelection.all
        let chosen = try chosenModel(invocation, dataset: dataset, in: context)
        let threshold = try self.threshold(invocation, in: context, model: chosen != nil)
        let rulesThreshold = chosen == nil ? threshold : context.workspace.settings.auditThreshold
        let asOf = try self.asOf(invocation, timeZone: context.workspace.settings.timeZone)
        let labels = try invocation[Self.label].map { word in
            let column = dataset.columns[try invocation.columnIndex(word.text, at: word, in: dataset)]
            return try pointing(invocation, at: word) { try FollowerLabels.read(column) }
        }
        let sample = try pointing(invocation, at: source) { try FollowerSample.read(dataset, asOf: asOf) }
        let audit = AuthenticityAudit(sample: sample, indicators: indicators, threshold: rulesThreshold)
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
        let assessment = try chosen.map { chosen in
            try assess(chosen, dataset: dataset, sample: sample, threshold: threshold, invocation: invocation,
                       source: source, in: context)
        }
        let outcome = AuditOutcome(
            audit: audit, assessment: assessment, followerIDs: dataset.column(role: .followerID), interval: interval,
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
        let emptyAsNo = FollowerSample.rolesReadingEmptyAsNo(dataset)
        if !emptyAsNo.isEmpty { result = result.warning(Words.emptyReadAsNo(emptyAsNo)) }
        let sparse = audit.applied.indices.filter(outcome.isSparse)
        if !sparse.isEmpty {
            result = result.warning(Words.sparseIndicators(sparse.map { index in
                (audit.applied[index].indicator.name, audit.tally(ofIndicatorAt: index).evaluated)
            }, of: audit.signs.first?.count ?? 0))
        }
        return result
    }

    /// The model to apply: `--model` (a workspace model before a built-in one of the same name; `rules` for none),
    /// else none when `--rules` chose rules, else the built-in model for the sample's platform (`--platform`, else
    /// its provenance), else none.
    private static func chosenModel(_ invocation: Invocation, dataset: Dataset, in context: CommandContext) throws
        -> (model: AuditModel, isBuiltin: Bool)? {
        guard let word = invocation[Self.model] else {
            if invocation[Self.rules] != nil { return nil }
            let platform = invocation[Self.platform]?.text.lowercased() ?? platform(of: dataset.name, in: context)
            return platform.flatMap(BuiltinAuditModels.forPlatform).map { ($0, true) }
        }
        if word.text == rulesOnly { return nil }
        if let entry = context.workspace.entry(named: word.text), entry.kind == .auditModel {
            let names = AuditModel.companionNames(of: word.text)
            for name in [names.evaluation, names.folds] where !context.workspace.contains(name) {
                throw invocation.error(Words.badAuditModel(word.text, what: name), at: word)
            }
            let model = try pointing(invocation, at: word) {
                try AuditModel.read(model: try context.workspace.dataset(named: word.text),
                                    evaluation: try context.workspace.dataset(named: names.evaluation),
                                    folds: try context.workspace.dataset(named: names.folds))
            }
            return (model, false)
        }
        if let builtin = BuiltinAuditModels.named(word.text) { return (builtin, true) }
        let known = context.workspace.entries.filter { $0.kind == .auditModel }.map(\.name)
            + BuiltinAuditModels.all.map(\.name) + [rulesOnly]
        throw invocation.error(Words.unknownAuditModel(word.text).suggesting(Suggestion.closest(to: word.text,
                                                                                                among: known)),
                               at: word)
    }

    /// The model applied to the sample; an error names a role or column the model needs and the sample lacks.
    private static func assess(_ chosen: (model: AuditModel, isBuiltin: Bool), dataset: Dataset,
                               sample: FollowerSample, threshold: Double, invocation: Invocation, source: Word,
                               in context: CommandContext) throws -> ModelAssessment {
        var columns: [String: [Double?]] = [:]
        for feature in chosen.model.features {
            switch feature {
            case .role(let role) where !sample.has(role: role):
                throw invocation.error(Words.auditModelNeeds(chosen.model.name, feature: role.rawValue,
                                                             dataset: dataset.name), at: source)
            case .column(let name):
                guard let column = dataset.column(named: name), column.type.isNumeric else {
                    throw invocation.error(Words.auditModelNeeds(chosen.model.name, feature: name,
                                                                 dataset: dataset.name), at: source)
                }
                columns[name] = (0..<column.count).map { column.data[$0].number.flatMap { $0.isFinite ? $0 : nil } }
            case .role: continue
            }
        }
        let rows = FollowerFeature.rows(chosen.model.features, sample: sample, columns: columns)
        let files = context.workspace.entry(named: dataset.name)?.origin?.files ?? []
        let isInSample = chosen.isBuiltin
            ? files.contains { $0.sha256 == BuiltinAuditModels.trainingFileSHA256(ofModel: chosen.model.name) }
            : dataset.name == chosen.model.trainingSample
        do {
            return try ModelAssessment(model: chosen.model, isBuiltin: chosen.isBuiltin, isInSample: isInSample,
                                       rows: rows,
                                       threshold: threshold, seed: context.workspace.settings.seed)
        } catch {
            throw invocation.error(Words.auditModelFailed(chosen.model.name, error), at: source)
        }
    }

    /// Runs `body`, pointing an error it throws at `word`.
    static func pointing<T>(_ invocation: Invocation, at word: Word, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RapportError where error.excerpt == nil {
            throw invocation.error(error.message, at: word)
        }
    }

    /// The threshold: `--threshold`, else with a model 0.5, else the `audit-threshold` setting.
    private static func threshold(_ invocation: Invocation, in context: CommandContext, model: Bool) throws -> Double {
        guard let word = invocation[Self.threshold] else {
            return model ? ModelAssessment.defaultThreshold : context.workspace.settings.auditThreshold
        }
        guard let value = Settings.fraction(word.text) else { throw invocation.error(Words.badFraction(word.text), at: word) }
        return value
    }

    /// The moment account ages are measured at: `--as-of` (in `timeZone` when it has no offset, as `score` reads it), else now.
    static func asOf(_ invocation: Invocation, timeZone: TimeZone) throws -> Int64 {
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
