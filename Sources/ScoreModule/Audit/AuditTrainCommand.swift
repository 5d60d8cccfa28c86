import Analytics
import Foundation
import RapportCore

/// `audit train NAME --label COLUMN [as MODEL] [--features LIST] [--folds K] [--seed S] [--as-of DATE]`: fits the
/// learned audit on a labelled follower sample and stores MODEL, MODEL-evaluation and MODEL-folds.
enum AuditTrainCommand {
    /// `--features LIST`: numeric columns to add to the role features.
    static let features = Flag("features", .text, valueName: "LIST", Words.auditFeaturesFlag)
    /// `--folds K`: the folds of the cross-validation.
    static let folds = Flag("folds", .word(.integer), valueName: "K", Words.auditFoldsFlag)
    /// `--seed S`: the seed of the folds and the ROC area's bootstrap.
    static let seed = Flag("seed", .word(.integer), valueName: "S", Words.auditSeedFlag)
    /// The folds when `--folds` is not given.
    static let defaultFolds = 10

    /// The subcommand's specification.
    static let spec = CommandSpec(
        name: "train", module: "score", summary: Words.auditTrainSummary, discussion: Words.auditTrainDiscussion,
        examples: ["audit train srf --label rating as insta", "audit train sample --label label --folds 5 --seed 7"],
        positionals: [AuditCommand.dataset],
        flags: [AuditCommand.label, features, folds, seed, AuditCommand.asOf, AuditCommand.replace],
        clauses: [.as])

    /// Fits, cross-validates and stores the model.
    static func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        let source = invocation[AuditCommand.dataset]
        let dataset = try AuditCommand.followerSample(invocation, source, in: context)
        guard let labelWord = invocation[AuditCommand.label] else {
            throw invocation.error(Words.auditTrainNeedsLabel, at: invocation.end)
        }
        let labelColumn = dataset.columns[try invocation.columnIndex(labelWord.text, at: labelWord, in: dataset)]
        let labels = try AuditCommand.pointing(invocation, at: labelWord) { try FollowerLabels.read(labelColumn) }
        let asOf = try AuditCommand.asOf(invocation, timeZone: context.workspace.settings.timeZone)
        let sample = try AuditCommand.pointing(invocation, at: source) { try FollowerSample.read(dataset, asOf: asOf) }
        let (extraFeatures, columns) = try extraColumns(invocation, dataset: dataset, labelColumn: labelColumn.name)
        let features = FollowerFeature.available(in: sample) + extraFeatures
        guard !features.isEmpty else { throw invocation.error(Words.auditTrainNoFeatures(dataset.name), at: source) }
        let labelled = labels.indices.filter { labels[$0] != nil }
        let allRows = FollowerFeature.rows(features, sample: sample, columns: columns)
        let foldCount = try self.folds(invocation) ?? defaultFolds
        let seed = try self.seed(invocation) ?? context.workspace.settings.seed
        let name = try modelName(invocation, source: source, in: context)
        let model: AuditModel
        do {
            model = try AuditModel.train(name: name, platform: AuditCommand.platform(of: dataset.name, in: context),
                                         trainingSample: dataset.name, features: features,
                                         rows: labelled.map { allRows[$0] }, labels: labelled.compactMap { labels[$0] },
                                         folds: foldCount, seed: seed)
        } catch {
            throw invocation.error(Words.auditTrainFailed(error, features: features.map(\.name),
                                                          labelled: labelled.count, folds: foldCount), at: source)
        }
        let names = AuditModel.companionNames(of: name)
        let stored = [model.modelDataset(named: name, language: context.language),
                      model.evaluationDataset(named: names.evaluation), model.foldsDataset(named: names.folds)]
        for dataset in stored { try context.workspace.put(dataset, replacing: true, finding: Finding(.audit)) }
        var lines = [Words.auditTrained(model: name, features: features.count, rows: labelled.count,
                                        fake: model.trainingFake, folds: foldCount, seed: seed)]
        if labelled.count < dataset.rowCount {
            lines.append(Words.auditTrainUnlabelled(dataset.rowCount - labelled.count))
        }
        lines.append(Words.auditTrainHowToApply(model: name))
        let text = lines.map(context.say).joined(separator: "\n")
        let shownModel = Dataset(name: name, columns: stored[0].columns.filter {
            ["feature", "reads", "coefficient", "odds_ratio"].contains($0.name)
        })
        return CommandResult(
            blocks: [.table(shownModel, title: context.say(Words.auditModelTitle)),
                     .table(stored[1], title: context.say(Words.auditEvaluationTitle)), .text(text)],
            json: .object([("message", .string(text)), ("datasets", .array(stored.map { .string($0.name) })),
                           ("model", .string(name)), ("features", .array(features.map { .string($0.name) })),
                           ("training_rows", .integer(Int64(labelled.count))), ("folds", .integer(Int64(foldCount))),
                           ("seed", .string(String(seed)))]))
    }

    /// The `--features` columns as features, with their values; an error names a column that is unknown, not
    /// numeric or the label.
    private static func extraColumns(_ invocation: Invocation, dataset: Dataset, labelColumn: String) throws
        -> ([FollowerFeature], [String: [Double?]]) {
        guard let word = invocation[Self.features] else { return ([], [:]) }
        var features: [FollowerFeature] = [], values: [String: [Double?]] = [:]
        for name in word.text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let column = dataset.columns[try invocation.columnIndex(name, at: word, in: dataset)]
            guard column.type.isNumeric, column.name != labelColumn else {
                throw invocation.error(Words.auditFeatureNotNumeric(column.name), at: word)
            }
            guard values[column.name] == nil else { continue }
            features.append(.column(column.name))
            values[column.name] = (0..<column.count).map { row in
                column.data[row].number.flatMap { $0.isFinite ? $0 : nil }
            }
        }
        return (features, values)
    }

    /// `--folds`, when given: a whole number of at least 2.
    private static func folds(_ invocation: Invocation) throws -> Int? {
        guard let word = invocation[Self.folds] else { return nil }
        guard let value = Int(word.text), value >= 2 else {
            throw invocation.error(Words.badFolds(word.text), at: word)
        }
        return value
    }

    /// `--seed`, when given: a whole number of 0 or more.
    private static func seed(_ invocation: Invocation) throws -> UInt64? {
        guard let word = invocation[Self.seed] else { return nil }
        guard let value = UInt64(word.text) else { throw invocation.error(Words.badSeed(word.text), at: word) }
        return value
    }

    /// The model's name (`as MODEL`, else NAME-model); a name of it or its companions taken by a dataset no audit
    /// made is an error unless `--replace`.
    private static func modelName(_ invocation: Invocation, source: Word, in context: CommandContext) throws -> String {
        let name = invocation.asName?.text ?? source.text + "-model"
        let word = invocation.asName ?? source
        let companions = AuditModel.companionNames(of: name)
        for taken in [name, companions.evaluation, companions.folds] {
            guard DatasetName.isValid(taken) else { throw invocation.error(Words.badDatasetName(taken), at: word) }
            if let entry = context.workspace.entry(named: taken), entry.kind != .audit, entry.kind != .auditModel,
               !invocation[AuditCommand.replace] {
                throw invocation.error(Words.auditResultTaken(taken), at: word)
            }
        }
        return name
    }
}
