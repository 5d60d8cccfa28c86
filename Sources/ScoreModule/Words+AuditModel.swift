import Analytics
import RapportCore

/// Messages of the learned audit: `audit train` and `audit --model`.
extension Words {
    /// One line on `audit train`.
    public static let auditTrainSummary = Message(
        en: "learn a transparent model of fake followers from a labelled follower sample",
        de: "ein durchschaubares Modell falscher Follower aus einer gelabelten Follower-Stichprobe lernen")
    /// Longer help on `audit train`.
    public static let auditTrainDiscussion = Message(
        en: "Fits an L2-regularised logistic regression (C = 1, intercept not penalised) on standardised features "
            + "(mean and population standard deviation) from the sample's roles: log(1 + followers), "
            + "log(1 + following), log(1 + posts), log(1 + listed), log(1 + account age in days at --as-of), the "
            + "yes/no roles as 1/0, plus the numeric columns --features names. A missing value is replaced by the "
            + "training median, with a 0/1 'was missing' feature for each role that has missing values. The model "
            + "is cross-validated in --folds stratified folds (default 10) assigned from --seed (default the seed "
            + "setting), the imputation and scaling refitted on each training fold. Stores MODEL (default "
            + "NAME-model: one row per feature with its median, mean, scale, coefficient and odds ratio per "
            + "standard deviation), MODEL-evaluation (the cross-validated figures with their intervals) and "
            + "MODEL-folds (each row's fold and out-of-fold probability). Apply it with audit OTHER --model MODEL. "
            + "A dataset called train is reached with backticks: audit `train`.",
        de: "Passt eine L2-regularisierte logistische Regression an (C = 1, Achsenabschnitt nicht bestraft), auf "
            + "standardisierten Merkmalen (Mittelwert und Standardabweichung der Grundgesamtheit) aus den Rollen "
            + "der Stichprobe: log(1 + Follower), log(1 + gefolgte Konten), log(1 + Beiträge), log(1 + Listen), "
            + "log(1 + Alter des Kontos in Tagen zu --as-of), die Ja/Nein-Rollen als 1/0, dazu die Zahlenspalten, "
            + "die --features nennt. Ein fehlender Wert wird durch den Median des Trainings ersetzt, mit einem "
            + "0/1-Merkmal 'fehlte' je Rolle mit fehlenden Werten. Das Modell wird in --folds geschichteten Teilen "
            + "(Standard 10) kreuzvalidiert, zugeteilt aus --seed (Standard die Einstellung seed), Ersetzung und "
            + "Skalierung in jedem Trainingsteil neu angepasst. Speichert MODEL (Standard NAME-model: eine Zeile "
            + "je Merkmal mit Median, Mittelwert, Skala, Koeffizient und Chancenverhältnis je Standardabweichung), "
            + "MODEL-evaluation (die kreuzvalidierten Kennzahlen mit Intervallen) und MODEL-folds (Teil und "
            + "Wahrscheinlichkeit außerhalb des Teils je Zeile). Anwenden mit audit ANDERE --model MODEL. Ein "
            + "Datensatz namens train wird mit Backticks erreicht: audit `train`.")
    /// The `--features` flag.
    public static let auditFeaturesFlag = Message(
        en: "numeric columns to learn from besides the roles (comma list)",
        de: "Zahlenspalten, aus denen neben den Rollen gelernt wird (Liste mit Kommas)")
    /// The `--folds` flag.
    public static let auditFoldsFlag = Message(en: "folds of the cross-validation (default 10)",
                                               de: "Teile der Kreuzvalidierung (Standard 10)")
    /// The `--seed` flag.
    public static let auditSeedFlag = Message(en: "seed of the folds and the bootstrap (default: the seed setting)",
                                              de: "Startwert der Teile und des Bootstraps (Standard: die Einstellung seed)")
    /// The `--model` flag.
    public static let auditModelFlag = Message(
        en: "a model trained with audit train, a built-in one (instagram), or rules for the rules alone",
        de: "ein mit audit train gelerntes Modell, ein eingebautes (instagram) oder rules für die Regeln allein")
    /// The `--platform` flag.
    public static let auditPlatformFlag = Message(
        en: "the sample's platform, for the built-in model, when its import preset does not tell it",
        de: "die Plattform der Stichprobe, für das eingebaute Modell, wenn ihr Import-Preset sie nicht nennt")
    /// `audit train` without `--label`.
    public static let auditTrainNeedsLabel = Message(
        en: "audit train needs --label COLUMN: the column that says which followers are fake",
        de: "audit train braucht --label SPALTE: die Spalte, die sagt, welche Follower falsch sind")
    /// A sample without any role or column to learn from.
    public static func auditTrainNoFeatures(_ dataset: String) -> Message {
        Message(en: "'\(dataset)' has no follower role to learn from (set roles such as followers, following, posts)",
                de: "'\(dataset)' hat keine Follower-Rolle, aus der gelernt werden kann "
                    + "(Rollen wie followers, following, posts zuweisen)")
    }
    /// A `--features` column that is not numeric.
    public static func auditFeatureNotNumeric(_ column: String) -> Message {
        Message(en: "--features takes numeric columns other than the label; '\(column)' is not one",
                de: "--features nimmt Zahlenspalten außer dem Label; '\(column)' ist keine")
    }
    /// A `--folds` value that is not a whole number of at least 2.
    public static func badFolds(_ text: String) -> Message {
        Message(en: "--folds needs a whole number of at least 2, not '\(text)'",
                de: "--folds braucht eine ganze Zahl ab 2, nicht '\(text)'")
    }
    /// Why a model could not be trained.
    public static func auditTrainFailed(_ failure: ClassifierFailure, features: [String], labelled: Int,
                                        folds: Int) -> Message {
        switch failure {
        case .singleClass:
            return Message(en: "the \(labelled) labelled followers are all fake or all real: there is nothing to tell apart",
                           de: "die \(labelled) gelabelten Follower sind alle falsch oder alle echt: nichts zu unterscheiden")
        case .singleClassInFold, .invalidFolds:
            return Message(en: "\(folds) folds need more labelled followers of each kind (\(labelled) are labelled); "
                               + "use fewer --folds",
                           de: "\(folds) Teile brauchen mehr gelabelte Follower jeder Art (\(labelled) sind gelabelt); "
                               + "weniger --folds verwenden")
        case .nonFiniteValue(let row, let feature):
            let name = features.indices.contains(feature) ? features[feature] : "?"
            return Message(en: "labelled row \(row + 1): the feature \(name) is not a finite number",
                           de: "gelabelte Zeile \(row + 1): das Merkmal \(name) ist keine endliche Zahl")
        case .rowsAndLabelsDiffer:
            return Message(en: "no follower is labelled", de: "kein Follower ist gelabelt")
        case .unevenRow, .invalidRegularisation, .didNotConverge:
            return Message(en: "the model did not converge on these data (are two features the same?)",
                           de: "das Modell konvergierte auf diesen Daten nicht (sind zwei Merkmale gleich?)")
        }
    }
    /// What `audit train` made.
    public static func auditTrained(model: String, features: Int, rows: Int, fake: Int, folds: Int,
                                    seed: UInt64) -> Message {
        Message(en: "Trained \(model) on \(rows) labelled followers (\(fake) fake) with \(features) features; the "
                    + "figures above are cross-validated in \(folds) stratified folds (seed \(seed)): each follower "
                    + "was judged by a model fitted without its fold.",
                de: "\(model) gelernt an \(rows) gelabelten Followern (\(fake) falsch) mit \(features) Merkmalen; die "
                    + "Kennzahlen oben sind in \(folds) geschichteten Teilen kreuzvalidiert (Startwert \(seed)): jeder "
                    + "Follower wurde von einem Modell beurteilt, das ohne seinen Teil angepasst wurde.")
    }
    /// Rows left out of training for a missing label.
    public static func auditTrainUnlabelled(_ count: Int) -> Message {
        Message(en: "\(count) followers without a label were left out.",
                de: "\(count) Follower ohne Label wurden ausgelassen.")
    }
    /// How to apply a trained model.
    public static func auditTrainHowToApply(model: String) -> Message {
        Message(en: "Odds ratios are per standard deviation of the feature. Apply the model with: audit NAME --model \(model)",
                de: "Chancenverhältnisse gelten je Standardabweichung des Merkmals. Anwenden mit: audit NAME --model \(model)")
    }
    /// Yes/no roles whose empty cells were read as no.
    public static func emptyReadAsNo(_ roles: [ColumnRole]) -> Message {
        let list = roles.map(\.rawValue).joined(separator: ", ")
        return Message(en: "empty cells of \(list) read as no: the column is mostly empty and otherwise only says yes "
                           + "(as the X API leaves default_profile_image empty for false)",
                       de: "leere Zellen von \(list) als nein gelesen: die Spalte ist meist leer und sagt sonst nur ja "
                           + "(wie die X-API default_profile_image für falsch leer lässt)")
    }
    /// Indicators evaluated on too few followers for their share to mean anything.
    public static func sparseIndicators(_ indicators: [(name: String, evaluated: Int)], of followers: Int) -> Message {
        let list = indicators.map { "\($0.name) (\($0.evaluated) of \(followers))" }.joined(separator: ", ")
        let liste = indicators.map { "\($0.name) (\($0.evaluated) von \(followers))" }.joined(separator: ", ")
        return Message(en: "evaluated on fewer than 5 % of the followers, so no share is given: \(list)",
                       de: "an weniger als 5 % der Follower auswertbar, daher ohne Anteil: \(liste)")
    }
    /// The title of the coefficient table.
    public static let auditModelTitle = Message(en: "model", de: "Modell")
    /// The title of the evaluation table.
    public static let auditEvaluationTitle = Message(en: "cross-validated", de: "kreuzvalidiert")

    /// What a higher value of a feature means, for the model table.
    public static func featureReads(_ feature: FollowerFeature) -> Message {
        switch feature {
        case .role(.followers): return Message(en: "more followers", de: "mehr Follower")
        case .role(.following): return Message(en: "following more accounts", de: "folgt mehr Konten")
        case .role(.posts): return Message(en: "more posts", de: "mehr Beiträge")
        case .role(.listed): return Message(en: "on more lists", de: "auf mehr Listen")
        case .role(.created): return Message(en: "an older account", de: "ein älteres Konto")
        case .role(let role): return Message(en: "\(role.rawValue): yes", de: "\(role.rawValue): ja")
        case .column(let name): return Message(en: "a higher \(name)", de: "ein höherer Wert von \(name)")
        }
    }
    /// What a missing-value indicator means, for the model table.
    public static func featureMissingReads(_ feature: FollowerFeature) -> Message {
        Message(en: "\(feature.name) is missing", de: "\(feature.name) fehlt")
    }
    /// The intercept's row of the model table.
    public static let interceptReads = Message(en: "log-odds of fake at the average of every feature",
                                               de: "Log-Chance für falsch beim Durchschnitt aller Merkmale")
    /// A model dataset that cannot be read back.
    public static func badAuditModel(_ dataset: String, what: String) -> Message {
        Message(en: "'\(dataset)' is no readable audit model (look at: \(what)); train it again with audit train",
                de: "'\(dataset)' ist kein lesbares Prüfmodell (betrifft: \(what)); mit audit train neu lernen")
    }
    /// A `--model` that names nothing.
    public static func unknownAuditModel(_ name: String) -> Message {
        Message(en: "no audit model named '\(name)' in the workspace or built in (train one with audit train)",
                de: "kein Prüfmodell namens '\(name)' im Arbeitsbereich oder eingebaut (mit audit train eines lernen)")
    }
    /// A model whose feature the sample lacks.
    public static func auditModelNeeds(_ model: String, feature: String, dataset: String) -> Message {
        Message(en: "the model \(model) reads \(feature), which '\(dataset)' lacks (set it with roles, or train a "
                    + "model on what the sample has)",
                de: "das Modell \(model) liest \(feature), das '\(dataset)' fehlt (mit roles zuweisen oder ein Modell "
                    + "auf dem lernen, was die Stichprobe hat)")
    }
    /// A model that could not score the sample.
    public static func auditModelFailed(_ model: String, _ failure: ClassifierFailure) -> Message {
        if case .nonFiniteValue(let row, _) = failure {
            return Message(en: "the model \(model) cannot score row \(row + 1): a value is not a finite number",
                           de: "das Modell \(model) kann Zeile \(row + 1) nicht bewerten: ein Wert ist keine endliche Zahl")
        }
        return Message(en: "the model \(model) does not fit the sample's features",
                       de: "das Modell \(model) passt nicht zu den Merkmalen der Stichprobe")
    }
}
