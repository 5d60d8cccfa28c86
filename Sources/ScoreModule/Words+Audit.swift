import Analytics
import RapportCore

/// Messages of the `audit` command.
extension Words {
    /// One line on `audit`.
    public static let auditSummary = Message(
        en: "estimate the share of likely fake followers in a follower sample by a learned model and published rules",
        de: "den Anteil wahrscheinlich falscher Follower in einer Follower-Stichprobe mit einem gelernten Modell und veröffentlichten Regeln schätzen")
    /// Longer help on `audit`.
    public static let auditDiscussion = Message(
        en: "Scores each follower by the indicators of Camisani-Calzolari, Socialbakers and State of Search: the weighted share of indicators that show, among those its values allow. A follower is likely fake when the score reaches the threshold (--threshold, else the audit-threshold setting, default 0.5). Gives the fake share with a 95 % Wilson interval, the real audience (followers × (1 − share)) and a first-digit (Benford) test of the followers' follower counts. Indicators whose roles the data lacks are skipped and named. --rules takes a comma list: all, a set (camisani, socialbakers, stateofsearch) or an indicator (camisani.no-picture); NAME=W weights it, -NAME switches it off (a list starting with -NAME starts from all). With --label COLUMN (1, true, yes, fake, bot = fake; 0, false, no, real, genuine, human = real) also accuracy, precision and recall against the labels. With --model MODEL (trained with audit train, or the built-in instagram; the default for samples imported with the instagram-followers preset or given --platform instagram) every follower also gets a probability of being fake and a verdict at 0.5 or --threshold, and the fake share comes adjusted for the model's cross-validated sensitivity and specificity (Rogan–Gladen, with a bootstrap interval: quote this one), as the mean probability and as the raw share; --model rules (or --rules alone) runs the rules only. Results: RESULT (default NAME-audit), RESULT-followers, RESULT-rules, RESULT-benford. Rules are indicators, not proof; explain audit says why the adjusted share is the one to quote.",
        de: "Bewertet jeden Follower nach den Indikatoren von Camisani-Calzolari, Socialbakers und State of Search: der gewichtete Anteil der zutreffenden Indikatoren unter denen, die seine Werte erlauben. Ein Follower ist wahrscheinlich falsch, wenn der Wert die Schwelle erreicht (--threshold, sonst die Einstellung audit-threshold, Standard 0,5). Liefert den Anteil falscher Follower mit 95-%-Wilson-Intervall, das echte Publikum (Follower × (1 − Anteil)) und einen Test der ersten Ziffern (Benford) der Followerzahlen der Follower. Indikatoren, deren Rollen den Daten fehlen, werden übersprungen und genannt. --rules nimmt eine Liste mit Kommas: all, einen Regelsatz (camisani, socialbakers, stateofsearch) oder einen Indikator (camisani.no-picture); NAME=G gewichtet ihn, -NAME schaltet ihn ab (eine Liste, die mit -NAME beginnt, geht von allen aus). Mit --label SPALTE (1, true, yes, fake, bot = falsch; 0, false, no, real, genuine, human = echt) auch Genauigkeit, Präzision und Trefferquote gegen die Labels. Mit --model MODELL (mit audit train gelernt oder das eingebaute instagram; Standard für Stichproben, die mit dem Preset instagram-followers importiert wurden oder --platform instagram erhalten) erhält jeder Follower auch eine Wahrscheinlichkeit, falsch zu sein, und ein Urteil ab 0,5 oder --threshold; der Anteil falscher Follower kommt bereinigt um die kreuzvalidierte Sensitivität und Spezifität des Modells (Rogan–Gladen, mit Bootstrap-Intervall: diesen nennen), als mittlere Wahrscheinlichkeit und als roher Anteil; --model rules (oder --rules allein) wendet nur die Regeln an. Ergebnisse: RESULT (Standard NAME-audit), RESULT-followers, RESULT-rules, RESULT-benford. Regeln sind Indizien, kein Beweis; explain audit sagt, warum der bereinigte Anteil zu nennen ist.")
    /// The `--label` flag.
    public static let auditLabelFlag = Message(en: "a column that says which followers are known to be fake",
                                               de: "eine Spalte, die sagt, welche Follower bekanntermaßen falsch sind")
    /// The `--rules` flag.
    public static let auditRulesFlag = Message(en: "rule sets or indicators to use, weighted or switched off (default: all)",
                                               de: "zu verwendende Regelsätze oder Indikatoren, gewichtet oder abgeschaltet (Standard: alle)")
    /// The `--threshold` flag.
    public static let auditThresholdFlag = Message(
        en: "score from which a follower counts as likely fake (0 to 1); with a model, the probability (default 0.5)",
        de: "Wert, ab dem ein Follower als wahrscheinlich falsch gilt (0 bis 1); mit einem Modell die Wahrscheinlichkeit "
            + "(Standard 0,5)")
    /// The `--followers` flag.
    public static let auditFollowersFlag = Message(
        en: "the audited account's follower count, for the real audience (default: the followers examined)",
        de: "die Followerzahl des geprüften Kontos, für das echte Publikum (Standard: die geprüften Follower)")
    /// The `--as-of` flag.
    public static let auditAsOfFlag = Message(
        en: "the date account ages are measured at (default: now): the start of that day in the timezone setting; "
            + "a time with an offset is taken as it is",
        de: "das Datum, zu dem das Alter der Konten gemessen wird (Standard: jetzt): der Beginn dieses Tages in der "
            + "Einstellung timezone; ein Zeitpunkt mit Versatz gilt, wie er ist")

    /// A `--rules` item that names no rule set or indicator.
    public static func unknownRule(_ name: String) -> Message {
        Message(en: "no rule set or indicator named '\(name)'", de: "kein Regelsatz und kein Indikator namens '\(name)'")
    }
    /// A `--rules` weight that is not a positive number.
    public static func badRuleWeight(_ text: String) -> Message {
        Message(en: "a rule's weight must be a positive number, not '\(text)'",
                de: "das Gewicht einer Regel muss eine positive Zahl sein, nicht '\(text)'")
    }
    /// `--rules` that switch every indicator off.
    public static let noRulesLeft = Message(en: "--rules leaves no indicator switched on",
                                            de: "--rules lässt keinen Indikator eingeschaltet")
    /// A `--followers` value that is not a positive whole number.
    public static func badAccountFollowers(_ text: String) -> Message {
        Message(en: "--followers needs a positive whole number, not '\(text)'",
                de: "--followers braucht eine positive ganze Zahl, nicht '\(text)'")
    }
    /// A role column of the wrong type.
    public static func auditRoleType(_ column: String, role: ColumnRole, type: String, needs: Message) -> Message {
        Message(en: "column '\(column)' plays the role \(role) but holds \(type) values; the audit needs \(needs.en)",
                de: "Spalte '\(column)' spielt die Rolle \(role), enthält aber Werte vom Typ \(type); die Prüfung braucht \(needs.de)")
    }
    /// What a number role needs.
    public static let auditNeedsNumbers = Message(en: "numbers", de: "Zahlen")
    /// What a yes/no role needs.
    public static let auditNeedsFlags = Message(en: "yes/no values, numbers or text", de: "Ja/Nein-Werte, Zahlen oder Text")
    /// What the `created` role needs.
    public static let auditNeedsTimes = Message(en: "times", de: "Zeitpunkte")
    /// A dataset of another kind than followers (posts, accounts …) given to audit.
    public static func auditNeedsFollowerSample(dataset: String, kind: DatasetKind) -> Message {
        Message(en: "audit needs a follower sample, but '\(dataset)' holds \(kind) data (import a follower export or simulate followers)",
                de: "audit braucht eine Follower-Stichprobe, '\(dataset)' enthält aber Daten der Art \(kind) "
                    + "(einen Follower-Export importieren oder simulate followers)")
    }
    /// No chosen indicator can be applied.
    public static func noApplicableRule(dataset: String, missingRoles: [ColumnRole]) -> Message {
        let roles = missingRoles.map(\.rawValue).joined(separator: ", ")
        return Message(en: "no chosen rule can be applied to '\(dataset)': it lacks the roles \(roles) (set them with roles)",
                       de: "keine gewählte Regel lässt sich auf '\(dataset)' anwenden: es fehlen die Rollen \(roles) (mit roles zuweisen)")
    }
    /// Indicators skipped for missing roles.
    public static func skippedRules(_ skipped: [(name: String, roles: [ColumnRole])]) -> Message {
        let list = skipped.map { "\($0.name) (\($0.roles.map(\.rawValue).joined(separator: ", ")))" }
            .joined(separator: ", ")
        return Message(en: "skipped for missing roles: \(list)", de: "wegen fehlender Rollen übersprungen: \(list)")
    }
    /// A label value that means neither fake nor real.
    public static func badLabel(_ value: String, row: Int, column: String) -> Message {
        Message(en: "row \(row) of column '\(column)': '\(value)' is no label (fake: 1, true, yes, fake, bot; real: 0, false, no, real, genuine, human)",
                de: "Zeile \(row) der Spalte '\(column)': '\(value)' ist kein Label (falsch: 1, true, yes, fake, bot; echt: 0, false, no, real, genuine, human)")
    }
    /// A result name that is taken by a dataset the audit did not make.
    public static func auditResultTaken(_ name: String) -> Message {
        Message(en: "a dataset named '\(name)' exists already and is no audit result (add --replace or name the result with as)",
                de: "ein Datensatz namens '\(name)' existiert bereits und ist kein Prüfergebnis (mit --replace ersetzen oder das Ergebnis mit as benennen)")
    }
    /// What the audit found.
    public static func auditFound(fake: Int, examined: Int, share: String, low: String, high: String) -> Message {
        Message(en: "\(fake) of \(examined) followers examined are likely fake by the rules: \(share) (95 % interval of the share the rules flag: \(low) to \(high)).",
                de: "\(fake) von \(examined) geprüften Followern sind nach den Regeln wahrscheinlich falsch: \(share) (95-%-Intervall des Anteils, den die Regeln markieren: \(low) bis \(high)).")
    }
    /// The real-audience estimate.
    public static func auditRealAudience(_ real: String, of followers: String, low: String, high: String) -> Message {
        Message(en: "Real audience: about \(real) of \(followers) followers (\(low) to \(high)).",
                de: "Echtes Publikum: etwa \(real) von \(followers) Followern (\(low) bis \(high)).")
    }
    /// The Benford test's result.
    public static func auditBenford(chiSquared: String, p: String, mad: String, conformity: Message) -> Message {
        Message(en: "First digits of the followers' follower counts against Benford: χ² = \(chiSquared) (8 df), p = \(p); MAD = \(mad), \(conformity.en).",
                de: "Erste Ziffern der Followerzahlen der Follower gegen Benford: χ² = \(chiSquared) (8 FG), p = \(p); MAD = \(mad), \(conformity.de).")
    }
    /// Nigrini's conformity range, in words.
    public static func conformity(_ conformity: BenfordTest.Conformity) -> Message {
        switch conformity {
        case .close: return Message(en: "close conformity", de: "enge Übereinstimmung")
        case .acceptable: return Message(en: "acceptable conformity", de: "annehmbare Übereinstimmung")
        case .marginal: return Message(en: "marginally acceptable conformity", de: "gerade noch annehmbare Übereinstimmung")
        case .nonconformity: return Message(en: "nonconformity", de: "keine Übereinstimmung")
        }
    }
    /// No follower count to test against Benford.
    public static let auditNoBenford = Message(
        en: "No first-digit test: the sample has no positive follower counts (role followers).",
        de: "Kein Test der ersten Ziffern: die Stichprobe hat keine positiven Followerzahlen (Rolle followers).")
    /// The labels' own fake share, beside the rules' flagged share.
    public static func auditLabelledShare(fake: Int, labelled: Int, share: String, low: String, high: String) -> Message {
        Message(en: "By the labels \(fake) of \(labelled) are fake: \(share) (95 % interval \(low) to \(high)). The rules miss fakes (recall) and flag real followers (precision), so their share can lie outside this interval.",
                de: "Nach den Labels sind \(fake) von \(labelled) falsch: \(share) (95-%-Intervall \(low) bis \(high)). Die Regeln übersehen Fakes (Trefferquote) und markieren echte Follower (Präzision); ihr Anteil kann daher außerhalb dieses Intervalls liegen.")
    }
    /// How the rules agree with the labels.
    public static func auditAgreement(labelled: Int, accuracy: String?, precision: String?, recall: String?,
                                      byModel: Bool = false) -> Message {
        let en = [accuracy, precision, recall].map { $0 ?? notDefined.en }
        let de = [accuracy, precision, recall].map { $0 ?? notDefined.de }
        let who = byModel ? Message(en: "the model's verdicts", de: "die Urteile des Modells")
            : Message(en: "the rules", de: "die Regeln")
        return Message(en: "Against \(labelled) labelled followers, \(who.en): accuracy \(en[0]), precision \(en[1]), recall \(en[2]).",
                       de: "Gegen \(labelled) gelabelte Follower, \(who.de): Genauigkeit \(de[0]), Präzision \(de[1]), Trefferquote \(de[2]).")
    }
    /// A rate that cannot be computed.
    public static let notDefined = Message(en: "n/a", de: "n. v.")
}

/// Messages of the `audit` command: flags and naming.
extension Words {
    /// The `--replace` flag of `audit`.
    public static let auditReplaceFlag = Message(en: "replace datasets of the result names that no audit made",
                                                 de: "Datensätze mit den Ergebnisnamen ersetzen, die kein audit erzeugt hat")
    /// A sample in which no follower could be scored.
    public static func noFollowersExamined(_ dataset: String) -> Message {
        Message(en: "no follower of '\(dataset)' has the values the chosen rules need",
                de: "kein Follower in '\(dataset)' hat die Werte, die die gewählten Regeln brauchen")
    }
    /// The title of the rules table.
    public static let auditRulesTitle = Message(en: "indicators", de: "Indikatoren")
}
