import Analytics
import RapportCore

/// What an audit tells people and machines.
extension AuditOutcome {
    /// The JSON form: every figure, the rules used and skipped, the first-digit test, the agreement and the result names.
    func json(datasets: [String], message: String) -> JSONValue {
        let rules: [JSONValue] = audit.applied.enumerated().map { index, weighted in
            let tally = audit.tally(ofIndicatorAt: index)
            let alone = indicatorAgreement(index)
            return .object([("name", .string(weighted.indicator.name)), ("weight", .number(weighted.weight)),
                            ("evaluated", .integer(Int64(tally.evaluated))), ("showing", .integer(Int64(tally.showing))),
                            ("precision", number(alone?.precision)), ("recall", number(alone?.recall))])
        }
        let skipped: [JSONValue] = audit.skipped.map {
            .object([("name", .string($0.indicator.name)),
                     ("missing_roles", .array($0.missingRoles.map { .string($0.rawValue) }))])
        }
        let benfordJSON: JSONValue = benford.map { test in
            .object([("counts", .array(test.counts.map { .integer(Int64($0)) })), ("values", .integer(Int64(test.total))),
                     ("chi_squared", .number(test.chiSquared)), ("degrees_of_freedom", .integer(8)),
                     ("p_value", .number(test.pValue)), ("mad", .number(test.meanAbsoluteDeviation)),
                     ("conformity", .string(test.conformity.rawValue))])
        } ?? .null
        let agreementJSON: JSONValue = agreement.map { counts in
            .object([("labelled", .integer(Int64(counts.total))), ("accuracy", number(counts.accuracy)),
                     ("precision", number(counts.precision)), ("recall", number(counts.recall)),
                     ("true_positives", .integer(Int64(counts.truePositives))),
                     ("false_positives", .integer(Int64(counts.falsePositives))),
                     ("true_negatives", .integer(Int64(counts.trueNegatives))),
                     ("false_negatives", .integer(Int64(counts.falseNegatives)))])
        } ?? .null
        let lead = headline
        return .object([
            ("message", .string(message)), ("datasets", .array(datasets.map(JSONValue.string))),
            ("method", .string(assessment == nil ? "rules" : "model")), ("model", modelJSON),
            ("followers_examined", .integer(Int64(lead.examined))), ("likely_fake", .integer(Int64(lead.flagged))),
            ("fake_share", .number(lead.share)), ("confidence", .number(AuditOutcome.confidence)),
            ("fake_share_interval", .array([.number(lead.interval.lower), .number(lead.interval.upper)])),
            ("rules_likely_fake", .integer(Int64(audit.likelyFake))), ("rules_fake_share", .number(fakeShare)),
            ("rules_fake_share_interval", .array([.number(interval.lower), .number(interval.upper)])),
            ("threshold", .number(lead.threshold)), ("account_followers", .integer(Int64(accountFollowers))),
            ("real_audience", .number(realAudience)),
            ("real_audience_interval", .array([.number(realAudienceRange.lower), .number(realAudienceRange.upper)])),
            ("rules", .array(rules)), ("skipped", .array(skipped)), ("benford", benfordJSON), ("labels", agreementJSON),
        ])
    }

    /// The model's name, origin, threshold and the three shares, null without a model.
    private var modelJSON: JSONValue {
        guard let assessment else { return .null }
        let adjusted = assessment.adjusted
        var refusal: JSONValue = .null
        if case .failure(let reason) = assessment.adjustment { refusal = .string(Words.adjustmentRefused(reason).en) }
        return .object([
            ("name", .string(assessment.model.name)), ("builtin", .bool(assessment.isBuiltin)),
            ("training_sample", .string(assessment.model.trainingSample)),
            ("probability_threshold", .number(assessment.threshold)),
            ("fake_share_adjusted", number(adjusted?.adjustedShare)),
            ("fake_share_adjusted_interval", adjusted?.interval.map { .array([.number($0.lower), .number($0.upper)]) }
                ?? .null),
            ("adjustment_refused", refusal),
            ("fake_share_mean_probability", .number(assessment.meanProbability)),
            ("sensitivity", number(assessment.validationMeasures.sensitivity?.estimate)),
            ("specificity", number(assessment.validationMeasures.specificity?.estimate)),
        ])
    }

    /// The sentences on the learned model's verdicts and shares, or the note that the rules undercount.
    private func modelSentences(_ formatter: CellFormatter) -> [Message] {
        guard let assessment else {
            return [Words.auditFound(fake: audit.likelyFake, examined: audit.examined,
                                          share: formatter.percent(fakeShare), low: formatter.percent(interval.lower),
                                          high: formatter.percent(interval.upper)),
                    Words.auditRulesUndercount]
        }
        let lead = headline, percent = formatter.percent
        var lines = [Words.auditModelUsed(assessment.model.name, builtin: assessment.isBuiltin,
                                          trainedOn: assessment.model.trainingSample)]
        let measures = assessment.validationMeasures, model = assessment.model
        let rate = { (estimate: ClassificationMeasures.Estimate?) in estimate.map { percent($0.estimate) } }
        lines.append(Words.auditModelEvidence(rows: model.outOfFold.count, fake: model.trainingFake, folds: model.folds,
                                              accuracy: rate(measures.accuracy),
                                              sensitivity: rate(measures.sensitivity),
                                              specificity: rate(measures.specificity),
                                              area: model.rocArea.map { formatter.decimal($0.estimate) }))
        if assessment.isInSample { lines.append(Words.auditInSample) }
        switch assessment.adjustment {
        case .success(let adjusted):
            lines.append(Words.auditAdjustedShare(
                percent(adjusted.adjustedShare), low: adjusted.interval.map { percent($0.lower) },
                high: adjusted.interval.map { percent($0.upper) }, sensitivity: percent(adjusted.sensitivity),
                specificity: percent(adjusted.specificity)))
        case .failure(let reason):
            lines.append(Words.adjustmentRefused(reason))
        }
        lines.append(Words.auditModelShares(mean: percent(assessment.meanProbability), fake: lead.flagged,
                                            examined: lead.examined, raw: percent(lead.share),
                                            threshold: formatter.decimal(lead.threshold)))
        lines.append(Words.auditWhyAdjusted)
        lines.append(Words.auditRulesBeside(fake: audit.likelyFake, share: percent(fakeShare),
                                            low: percent(interval.lower), high: percent(interval.upper)))
        return lines
    }

    /// The plain sentences under the tables.
    func sentences(_ formatter: CellFormatter) -> [Message] {
        var lines = modelSentences(formatter) + [
            Words.auditRealAudience(formatter.decimal(realAudience.rounded()), of: String(accountFollowers),
                                    low: formatter.decimal(realAudienceRange.lower.rounded()),
                                    high: formatter.decimal(realAudienceRange.upper.rounded())),
        ]
        if let benford {
            lines.append(Words.auditBenford(chiSquared: formatter.decimal(benford.chiSquared), p: formatter.decimal(benford.pValue),
                                            mad: formatter.decimal(benford.meanAbsoluteDeviation),
                                            conformity: Words.conformity(benford.conformity)))
        } else {
            lines.append(Words.auditNoBenford)
        }
        if let agreement {
            let rate = { (value: Double?) in value.map(formatter.percent) }
            lines.append(Words.auditAgreement(labelled: agreement.total, accuracy: rate(agreement.accuracy),
                                              precision: rate(agreement.precision), recall: rate(agreement.recall),
                                              byModel: assessment != nil))
            let fake = agreement.truePositives + agreement.falseNegatives
            if agreement.total > 0, let labelled = WilsonInterval.of(successes: fake, trials: agreement.total) {
                lines.append(Words.auditLabelledShare(fake: fake, labelled: agreement.total,
                                                      share: formatter.percent(Double(fake) / Double(agreement.total)),
                                                      low: formatter.percent(labelled.lower), high: formatter.percent(labelled.upper)))
            }
        }
        return lines
    }

    /// A rate as JSON, null when undefined.
    private func number(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}
