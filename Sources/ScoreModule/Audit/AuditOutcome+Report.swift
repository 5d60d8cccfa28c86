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
        return .object([
            ("message", .string(message)), ("datasets", .array(datasets.map(JSONValue.string))),
            ("followers_examined", .integer(Int64(audit.examined))), ("likely_fake", .integer(Int64(audit.likelyFake))),
            ("fake_share", .number(fakeShare)), ("confidence", .number(AuditOutcome.confidence)),
            ("fake_share_interval", .array([.number(interval.lower), .number(interval.upper)])),
            ("threshold", .number(audit.threshold)), ("account_followers", .integer(Int64(accountFollowers))),
            ("real_audience", .number(realAudience)),
            ("real_audience_interval", .array([.number(realAudienceRange.lower), .number(realAudienceRange.upper)])),
            ("rules", .array(rules)), ("skipped", .array(skipped)), ("benford", benfordJSON), ("labels", agreementJSON),
        ])
    }

    /// The plain sentences under the tables.
    func sentences(_ formatter: CellFormatter) -> [Message] {
        var lines = [
            Words.auditFound(fake: audit.likelyFake, examined: audit.examined, share: formatter.percent(fakeShare),
                             low: formatter.percent(interval.lower), high: formatter.percent(interval.upper)),
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
                                              precision: rate(agreement.precision), recall: rate(agreement.recall)))
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
