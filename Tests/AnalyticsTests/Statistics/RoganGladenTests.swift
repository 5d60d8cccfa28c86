import XCTest
@testable import Analytics
import RapportCore

/// The Rogan–Gladen correction by hand, its bootstrap against the Python re-implementation of its documented
/// procedure (Fixtures/make_classifier_reference.py), and the interval's coverage on simulated samples.
final class RoganGladenTests: XCTestCase {
    func testHandWorkedCorrection() throws {
        // Observed 30/100; sensitivity 40/50 = 0.8, specificity 90/100 = 0.9: (0.3 + 0.9 − 1)/(0.8 + 0.9 − 1) = 2/7.
        let counts = ConfusionCounts(truePositives: 40, falsePositives: 10, trueNegatives: 90, falseNegatives: 10)
        let adjustment = try RoganGladen.adjust(flagged: 30, scored: 100, validation: counts, resamples: 50, seed: 1)
            .get()
        XCTAssertEqual(adjustment.observedShare, 0.3)
        XCTAssertEqual(adjustment.sensitivity, 0.8)
        XCTAssertEqual(adjustment.specificity, 0.9)
        XCTAssertEqual(adjustment.adjustedShare, 2.0 / 7.0, accuracy: 1e-15)
        // Observed 5/100 is below the false-positive share 0.1: (0.05 − 0.1)/0.7 < 0 is clipped to 0.
        let clipped = try RoganGladen.adjust(flagged: 5, scored: 100, validation: counts, resamples: 50, seed: 1).get()
        XCTAssertEqual(clipped.adjustedShare, 0)
        // Observed 95/100: (0.95 − 0.1)/0.7 > 1 is clipped to 1.
        XCTAssertEqual(try RoganGladen.adjust(flagged: 95, scored: 100, validation: counts, resamples: 50, seed: 1)
            .get().adjustedShare, 1)
    }

    func testRefusesWithTheReason() {
        // Sensitivity 3/5 and specificity 3/5: J = 0.2 exactly (rounding would give 0.19999999999999996): accepted.
        let borderline = ConfusionCounts(truePositives: 3, falsePositives: 2, trueNegatives: 3, falseNegatives: 2)
        XCTAssertNoThrow(try RoganGladen.adjust(flagged: 4, scored: 10, validation: borderline, seed: 1).get())
        // Sensitivity 0.5 and specificity 0.6: J = 0.1.
        let weak = ConfusionCounts(truePositives: 5, falsePositives: 4, trueNegatives: 6, falseNegatives: 5)
        XCTAssertEqual(refusal(RoganGladen.adjust(flagged: 4, scored: 10, validation: weak, seed: 1)),
                       .uninformativeClassifier(youdenIndex: 0.1))
        let noPositives = ConfusionCounts(truePositives: 0, falsePositives: 4, trueNegatives: 6, falseNegatives: 0)
        XCTAssertEqual(refusal(RoganGladen.adjust(flagged: 4, scored: 10, validation: noPositives, seed: 1)),
                       .noLabelledPositives)
        let noNegatives = ConfusionCounts(truePositives: 4, falsePositives: 0, trueNegatives: 0, falseNegatives: 1)
        XCTAssertEqual(refusal(RoganGladen.adjust(flagged: 4, scored: 10, validation: noNegatives, seed: 1)),
                       .noLabelledNegatives)
        XCTAssertEqual(refusal(RoganGladen.adjust(flagged: 11, scored: 10, validation: borderline, seed: 1)),
                       .invalidInput)
        XCTAssertEqual(refusal(RoganGladen.adjust(flagged: 0, scored: 0, validation: borderline, seed: 1)),
                       .invalidInput)
    }

    func testBootstrapMatchesTheDocumentedProcedure() throws {
        for reference in StatisticsReference.cases("roganGladen", in: .classifier) {
            let label = StatisticsReference.label(reference)
            let adjustment = try RoganGladen.adjust(
                flagged: ClassifierReference.integer(reference, "flagged"),
                scored: ClassifierReference.integer(reference, "scored"),
                validation: ClassifierReference.counts(reference),
                resamples: ClassifierReference.integer(reference, "resamples"),
                seed: UInt64(ClassifierReference.integer(reference, "seed"))).get()
            assertClose(adjustment.adjustedShare, StatisticsReference.number(reference, "adjusted"), relative: 1e-12,
                        absolute: 1e-15, label)
            assertClose(adjustment.interval?.lower, StatisticsReference.number(reference, "lower"), relative: 1e-12,
                        absolute: 1e-15, label)
            assertClose(adjustment.interval?.upper, StatisticsReference.number(reference, "upper"), relative: 1e-12,
                        absolute: 1e-15, label)
            XCTAssertEqual(adjustment.skippedResamples, ClassifierReference.integer(reference, "skipped"), label)
        }
    }

    /// Simulated truth: a classifier with sensitivity 0.85 and specificity 0.9, validated on 100 labelled positives
    /// and 150 negatives, applied to 400 new items of which 30 % are positive. The 95 % interval must cover 0.3 in
    /// at least 90 % of 200 trials (a simulation of 4,000 trials in numpy found 94 %), and its mean width must be
    /// within 20 % of the delta method's 2·1.96·SE, with
    /// SE² = (p(1 − p)/400 + π²·se(1 − se)/100 + (1 − π)²·sp(1 − sp)/150)/J², p = 0.325, π = 0.3, J = 0.75
    /// (SE = 0.0412, width 0.162). An interval ignoring the validation's uncertainty would cover about 86 %.
    func testIntervalCoversTheTruthOnSimulatedSamples() throws {
        let truth = 0.3, sensitivity = 0.85, specificity = 0.9
        var generator = SplitMix64(seed: 20260518)
        var covered = 0
        var totalWidth = 0.0
        let trials = 200
        for trial in 0..<trials {
            let truePositives = (0..<100).filter { _ in generator.nextUnit() < sensitivity }.count
            let trueNegatives = (0..<150).filter { _ in generator.nextUnit() < specificity }.count
            var flagged = 0
            for _ in 0..<400 {
                let isPositive = generator.nextUnit() < truth
                if generator.nextUnit() < (isPositive ? sensitivity : 1 - specificity) { flagged += 1 }
            }
            let counts = ConfusionCounts(truePositives: truePositives, falsePositives: 150 - trueNegatives,
                                         trueNegatives: trueNegatives, falseNegatives: 100 - truePositives)
            let adjustment = try RoganGladen.adjust(flagged: flagged, scored: 400, validation: counts, resamples: 300,
                                                    seed: UInt64(trial)).get()
            let interval = try XCTUnwrap(adjustment.interval)
            if interval.lower <= truth, truth <= interval.upper { covered += 1 }
            totalWidth += interval.upper - interval.lower
        }
        XCTAssertGreaterThanOrEqual(covered, 180)
        let expectedWidth = 2 * 1.959964 * 0.04124
        XCTAssertEqual(totalWidth / Double(trials), expectedWidth, accuracy: 0.2 * expectedWidth)
    }

    /// The refusal of an outcome, or nil when it was corrected.
    private func refusal(_ outcome: Result<RoganGladen.Adjustment, RoganGladen.Refusal>) -> RoganGladen.Refusal? {
        if case .failure(let refusal) = outcome { return refusal }
        return nil
    }
}
