import Analytics
import RapportCore

/// Messages of `audit` on the fake share a learned model gives, three ways, and why the adjusted one is quoted.
extension Words {
    /// Which model scored the sample.
    public static func auditModelUsed(_ model: String, builtin: Bool, trainedOn sample: String) -> Message {
        builtin
            ? Message(en: "Scored by the built-in model \(model) (trained on \(sample)).",
                      de: "Bewertet mit dem eingebauten Modell \(model) (gelernt an \(sample)).")
            : Message(en: "Scored by the model \(model) (trained on '\(sample)').",
                      de: "Bewertet mit dem Modell \(model) (gelernt an '\(sample)').")
    }
    /// The model's cross-validated evidence at the threshold.
    public static func auditModelEvidence(rows: Int, fake: Int, folds: Int, accuracy: String?, sensitivity: String?,
                                          specificity: String?, area: String?) -> Message {
        let en = [accuracy, sensitivity, specificity, area].map { $0 ?? notDefined.en }
        let de = [accuracy, sensitivity, specificity, area].map { $0 ?? notDefined.de }
        return Message(
            en: "Its evidence, cross-validated in \(folds) folds on \(rows) labelled followers (\(fake) fake): accuracy "
                + "\(en[0]), sensitivity \(en[1]), specificity \(en[2]), ROC area \(en[3]).",
            de: "Seine Belege, in \(folds) Teilen an \(rows) gelabelten Followern (\(fake) falsch) kreuzvalidiert: "
                + "Genauigkeit \(de[0]), Sensitivität \(de[1]), Spezifität \(de[2]), ROC-Fläche \(de[3]).")
    }
    /// The note when the audited sample is the model's training data.
    public static let auditInSample = Message(
        en: "This sample is the model's training data: its verdicts here, and their agreement with the labels, are "
            + "in-sample and flatter the model; quote the cross-validated figures above.",
        de: "Diese Stichprobe sind die Trainingsdaten des Modells: seine Urteile hier und ihre Übereinstimmung mit den "
            + "Labels sind stichprobenintern und schmeicheln dem Modell; die kreuzvalidierten Zahlen oben nennen.")
    /// The adjusted share, the one to quote.
    public static func auditAdjustedShare(_ share: String, low: String?, high: String?, sensitivity: String,
                                          specificity: String) -> Message {
        let en = low.flatMap { low in high.map { " (95 % interval \(low) to \($0))" } } ?? ""
        let de = low.flatMap { low in high.map { " (95-%-Intervall \(low) bis \($0))" } } ?? ""
        return Message(
            en: "Fake share, adjusted (quote this one): \(share)\(en), the share of verdicts corrected for the "
                + "model's cross-validated sensitivity \(sensitivity) and specificity \(specificity) (Rogan–Gladen).",
            de: "Anteil falscher Follower, bereinigt (diesen nennen): \(share)\(de), der Anteil der Urteile, "
                + "korrigiert um die kreuzvalidierte Sensitivität \(sensitivity) und Spezifität \(specificity) des "
                + "Modells (Rogan–Gladen).")
    }
    /// Why no adjusted share is given.
    public static func adjustmentRefused(_ refusal: RoganGladen.Refusal) -> Message {
        switch refusal {
        case .uninformativeClassifier(let youden):
            let value = String(format: "%.2f", youden)
            return Message(
                en: "No adjusted share: the model's sensitivity + specificity − 1 is \(value), below 0.2; its "
                    + "verdicts say too little about which followers are fake to be corrected.",
                de: "Kein bereinigter Anteil: Sensitivität + Spezifität − 1 des Modells ist \(value), unter 0,2; "
                    + "seine Urteile sagen zu wenig darüber, welche Follower falsch sind, um sie zu korrigieren.")
        case .noLabelledPositives, .noLabelledNegatives, .invalidInput:
            return Message(
                en: "No adjusted share: the model's validation lacks fake or real followers at this threshold.",
                de: "Kein bereinigter Anteil: der Validierung des Modells fehlen falsche oder echte Follower bei "
                    + "dieser Schwelle.")
        }
    }
    /// The mean probability and the raw share of verdicts.
    public static func auditModelShares(mean: String, fake: Int, examined: Int, raw: String,
                                        threshold: String) -> Message {
        Message(en: "Mean probability of being fake: \(mean). Raw share of verdicts: \(fake) of \(examined) at "
                    + "probability ≥ \(threshold), \(raw).",
                de: "Mittlere Wahrscheinlichkeit, falsch zu sein: \(mean). Roher Anteil der Urteile: \(fake) von "
                    + "\(examined) bei Wahrscheinlichkeit ≥ \(threshold), \(raw).")
    }
    /// Why the raw share is biased and the adjusted one is not.
    public static let auditWhyAdjusted = Message(
        en: "Why adjusted: a classifier misses a share (1 − sensitivity) of the fakes and flags a share "
            + "(1 − specificity) of the real followers, so its raw share is sensitivity × F + (1 − specificity) × "
            + "(1 − F) for a true share F, too high when fakes are rare and too low when they are common, whatever "
            + "mix it was trained on. The adjusted share solves that for F (explain audit).",
        de: "Warum bereinigt: ein Klassifikator übersieht einen Anteil (1 − Sensitivität) der Fakes und markiert "
            + "einen Anteil (1 − Spezifität) der echten Follower; sein roher Anteil ist daher Sensitivität × F + "
            + "(1 − Spezifität) × (1 − F) für einen wahren Anteil F, zu hoch, wenn Fakes selten, und zu niedrig, "
            + "wenn sie häufig sind, gleich mit welcher Mischung er gelernt hat. Der bereinigte Anteil löst das "
            + "nach F auf (explain audit).")
    /// The rules' share beside the model's.
    public static func auditRulesBeside(fake: Int, share: String, low: String, high: String) -> Message {
        Message(en: "The published rules, beside it, flag \(fake): \(share) (95 % interval \(low) to \(high)).",
                de: "Die veröffentlichten Regeln markieren daneben \(fake): \(share) (95-%-Intervall \(low) bis \(high)).")
    }
    /// The note under a rules-only audit.
    public static let auditRulesUndercount = Message(
        en: "Rule-based shares are known to undercount bought followers (in published tests the rules caught about "
            + "one fake in four to five). With a labelled sample, learn a model: audit train SAMPLE --label COLUMN "
            + "as MODEL, then audit NAME --model MODEL.",
        de: "Regelbasierte Anteile unterschätzen gekaufte Follower bekanntermaßen (in veröffentlichten Tests "
            + "fanden die Regeln etwa einen von vier bis fünf Fakes). Mit einer gelabelten Stichprobe ein Modell "
            + "lernen: audit train STICHPROBE --label SPALTE as MODELL, dann audit NAME --model MODELL.")
}
