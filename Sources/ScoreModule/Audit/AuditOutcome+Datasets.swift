import Analytics
import RapportCore

/// The result datasets of an audit.
extension AuditOutcome {
    /// The headline figures as `measure, value` rows, in the order of the JSON; with a model its verdicts lead and
    /// the rules' figures follow as `rules_…`.
    var measures: [(String, Double?)] {
        let lead = headline
        var rows: [(String, Double?)] = [
            ("followers_examined", Double(lead.examined)), ("likely_fake", Double(lead.flagged)),
            ("fake_share", lead.share), ("fake_share_low", lead.interval.lower),
            ("fake_share_high", lead.interval.upper), ("threshold", lead.threshold),
        ]
        if let assessment {
            let adjusted = assessment.adjusted
            rows += [("fake_share_adjusted", adjusted?.adjustedShare),
                     ("fake_share_adjusted_low", adjusted?.interval?.lower),
                     ("fake_share_adjusted_high", adjusted?.interval?.upper),
                     ("fake_share_mean_probability", assessment.meanProbability),
                     ("model_sensitivity", assessment.validationMeasures.sensitivity?.estimate),
                     ("model_specificity", assessment.validationMeasures.specificity?.estimate),
                     ("rules_likely_fake", Double(audit.likelyFake)), ("rules_fake_share", fakeShare),
                     ("rules_fake_share_low", interval.lower), ("rules_fake_share_high", interval.upper),
                     ("rules_threshold", audit.threshold)]
        }
        rows += [
            ("account_followers", Double(accountFollowers)),
            ("real_audience", realAudience), ("real_audience_low", realAudienceRange.lower),
            ("real_audience_high", realAudienceRange.upper),
            ("benford_values", benford.map { Double($0.total) }), ("benford_chi_squared", benford?.chiSquared),
            ("benford_p_value", benford?.pValue), ("benford_mad", benford?.meanAbsoluteDeviation),
        ]
        if let agreement {
            rows += [("labelled", Double(agreement.total)), ("accuracy", agreement.accuracy),
                     ("precision", agreement.precision), ("recall", agreement.recall),
                     ("true_positives", Double(agreement.truePositives)),
                     ("false_positives", Double(agreement.falsePositives)),
                     ("true_negatives", Double(agreement.trueNegatives)),
                     ("false_negatives", Double(agreement.falseNegatives))]
        }
        if let rulesAgreement {
            rows += [("rules_accuracy", rulesAgreement.accuracy), ("rules_precision", rulesAgreement.precision),
                     ("rules_recall", rulesAgreement.recall)]
        }
        if assessment != nil { rows.append(("model", nil)) }
        return rows
    }

    /// The summary table; with a model a `text` column names it on the `model` row.
    func summaryDataset(named name: String) -> Dataset {
        var columns = [Column.text("measure", measures.map(\.0)), Column.decimal("value", measures.map(\.1))]
        if let assessment {
            columns.append(Column.text("text", measures.map { $0.0 == "model" ? assessment.model.name : nil }))
        }
        return Dataset(name: name, columns: columns, kind: .audit)
    }

    /// One row per follower: id, the rules' score, the verdict (with a model its probability and the rules' verdict),
    /// label and each applied indicator's sign.
    func followersDataset(named name: String) -> Dataset {
        var columns: [Column] = []
        if let followerIDs { columns.append(followerIDs) }
        columns.append(Column.decimal("score", audit.scores))
        if let assessment {
            columns.append(Column(name: "likely_fake", data: .from(cells: assessment.verdicts.map(Cell.boolean),
                                                                    as: .boolean)))
            columns.append(Column.decimal("probability", assessment.probabilities))
            columns.append(Column(name: "rules_likely_fake",
                                  data: .from(cells: audit.verdicts.map(cell), as: .boolean)))
        } else {
            columns.append(Column(name: "likely_fake", data: .from(cells: audit.verdicts.map(cell), as: .boolean)))
        }
        if let labels { columns.append(Column(name: "labelled_fake", data: .from(cells: labels.map(cell), as: .boolean))) }
        for (index, weighted) in audit.applied.enumerated() {
            columns.append(Column(name: weighted.indicator.name, data: .from(cells: audit.signs[index].map(cell), as: .boolean)))
        }
        return Dataset(name: name, columns: columns, kind: .audit)
    }

    /// One row per chosen indicator: what it checks (in `language`), weight, followers evaluated and showing the
    /// sign (no share when it was evaluated on fewer than 5 % of them), or the roles it lacked; with labels also the indicator's own precision and recall, as if it alone decided.
    func rulesDataset(named name: String, language: Language) -> Dataset {
        let checks = audit.applied.map { $0.indicator.summary.text(language) }
            + audit.skipped.map { $0.indicator.summary.text(language) }
        var names: [String?] = [], weights: [Double?] = [], evaluated: [Int64?] = [], showing: [Int64?] = []
        var shares: [Double?] = [], missing: [String?] = [], precisions: [Double?] = [], recalls: [Double?] = []
        for (index, weighted) in audit.applied.enumerated() {
            let alone = indicatorAgreement(index)
            precisions.append(alone?.precision)
            recalls.append(alone?.recall)
            let tally = audit.tally(ofIndicatorAt: index)
            names.append(weighted.indicator.name)
            weights.append(weighted.weight)
            evaluated.append(Int64(tally.evaluated))
            showing.append(Int64(tally.showing))
            let hasShare = tally.evaluated > 0 && !isSparse(index)
            shares.append(hasShare ? Double(tally.showing) / Double(tally.evaluated) : nil)
            missing.append(nil)
        }
        for skipped in audit.skipped {
            names.append(skipped.indicator.name)
            weights.append(nil)
            evaluated.append(nil)
            showing.append(nil)
            shares.append(nil)
            missing.append(skipped.missingRoles.map(\.rawValue).joined(separator: ", "))
            precisions.append(nil)
            recalls.append(nil)
        }
        var columns = [
            Column.text("indicator", names), Column.text("checks", checks), Column.decimal("weight", weights),
            Column.integer("evaluated", evaluated), Column.integer("showing", showing), Column.decimal("share", shares),
        ]
        if labels != nil { columns += [Column.decimal("precision", precisions), Column.decimal("recall", recalls)] }
        columns.append(Column.text("missing_roles", missing))
        return Dataset(name: name, columns: columns, kind: .audit)
    }

    /// One row per first digit: count, observed share and Benford's share (counts 0 without a test).
    func benfordDataset(named name: String) -> Dataset {
        let counts = benford?.counts ?? [Int](repeating: 0, count: 9)
        let total = benford?.total ?? 0
        return Dataset(name: name, columns: [
            Column.integer("digit", (1...9).map { Int64($0) }),
            Column.integer("count", counts.map { Int64($0) }),
            Column.decimal("share", counts.map { total > 0 ? Double($0) / Double(total) : nil }),
            Column.decimal("benford_share", BenfordTest.expectedShares),
        ], kind: .audit)
    }

    /// A yes/no value as a cell.
    private func cell(_ value: Bool?) -> Cell {
        value.map(Cell.boolean) ?? .missing
    }
}
