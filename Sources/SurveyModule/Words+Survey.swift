import Analytics
import RapportCore

/// Messages of the `survey` command and its results.
extension Words {
    static let surveySummary = Message(en: "culture-fit surveys: instruments, answers, results and fit",
                                       de: "Kulturpassungs-Umfragen: Instrumente, Antworten, Ergebnisse und Passung")
    static let surveyDiscussion = Message(
        en: "Create a survey from an instrument, let respondents answer (typed, or as lines of a script: one answer per line in the order the run asks), then score it and measure how well a person fits the organisation. Every answer is saved the moment it is given; `survey run NAME --respondent ID` resumes. Instruments: docs/SURVEY-INSTRUMENTS.md.",
        de: "Eine Umfrage aus einem Instrument anlegen, Befragte antworten lassen (getippt oder als Zeilen eines Skripts: eine Antwort je Zeile in der Reihenfolge der Fragen), dann auswerten und messen, wie gut eine Person zur Organisation passt. Jede Antwort wird sofort gespeichert; `survey run NAME --respondent ID` setzt fort. Instrumente: docs/SURVEY-INSTRUMENTS.md.")
    static let surveyInstrumentsSummary = Message(en: "list the instruments", de: "die Instrumente auflisten")
    static let surveyInstrumentAddSummary = Message(en: "check an instrument file and add it to the workspace",
                                                    de: "eine Instrumentdatei prüfen und dem Arbeitsbereich hinzufügen")
    static let surveyShowSummary = Message(en: "show an instrument's texts and items", de: "Texte und Fragen eines Instruments zeigen")
    static let surveyNewSummary = Message(en: "create a survey from an instrument", de: "eine Umfrage aus einem Instrument anlegen")
    static let surveyRunSummary = Message(en: "answer a survey (or resume) as one respondent",
                                          de: "eine Umfrage als eine befragte Person beantworten (oder fortsetzen)")
    static let surveyStatusSummary = Message(en: "who answered how much", de: "wer wie viel beantwortet hat")
    static let surveyResultsSummary = Message(en: "score a survey: profiles, gaps, scales, charts",
                                              de: "eine Umfrage auswerten: Profile, Lücken, Skalen, Diagramme")
    static let surveyFitSummary = Message(en: "how well a person fits the organisation, a group or another person",
                                          de: "wie gut eine Person zur Organisation, einer Gruppe oder einer anderen Person passt")
    static let surveyDropResponseSummary = Message(en: "remove one respondent's answers", de: "die Antworten einer Person entfernen")
    static let surveySimulateSummary = Message(en: "add made-up respondents that follow a culture profile (for demos)",
                                               de: "erfundene Befragte hinzufügen, die einem Kulturprofil folgen (für Vorführungen)")
    static let instrumentFlag = Message(en: "the instrument's id (see survey instruments)", de: "die ID des Instruments (siehe survey instruments)")
    static let valuesFlag = Message(en: "the client's core values, separated by ;", de: "die Kernwerte des Kunden, getrennt durch ;")
    static let anonymousFlag = Message(en: "store no respondent names, only generated ids", de: "keine Namen speichern, nur erzeugte IDs")
    static let respondentFlag = Message(en: "the respondent's id (to resume, give the same id)", de: "die ID der befragten Person (zum Fortsetzen dieselbe ID)")
    static let groupFlag = Message(en: "the respondent's group, such as a team", de: "die Gruppe der befragten Person, etwa ein Team")
    static let roleFlag = Message(en: "candidate or employee (default)", de: "candidate (Bewerber) oder employee (Mitarbeitende, Standard)")
    static let byGroupFlag = Message(en: "one profile per group", de: "ein Profil je Gruppe")
    static let candidateFlag = Message(en: "the respondent whose fit is measured", de: "die Person, deren Passung gemessen wird")
    static let againstFlag = Message(en: "what to compare with: org (default), group:G or respondent:ID",
                                     de: "womit verglichen wird: org (Standard), group:G oder respondent:ID")
    static let candidateRoundFlag = Message(en: "the candidate's round (default: preferred)", de: "die Runde der Person (Standard: preferred)")
    static let againstRoundFlag = Message(en: "the reference's round (default: now)", de: "die Runde der Vergleichsgruppe (Standard: now)")
    static let surveySeedFlag = Message(en: "seed of the simulation (default: the seed setting)", de: "Startwert der Simulation (Standard: Einstellung seed)")
    static let simulateNowFlag = Message(en: "points per culture type now, such as \"25 15 30 30\"",
                                         de: "Punkte je Kulturtyp heute, etwa \"25 15 30 30\"")
    static let simulatePreferredFlag = Message(en: "preferred points per culture type, such as \"35 25 20 20\"",
                                               de: "gewünschte Punkte je Kulturtyp, etwa \"35 25 20 20\"")
    static let simulateGroupsFlag = Message(en: "groups given in turn, such as \"sales;it\"", de: "Gruppen im Wechsel, etwa \"sales;it\"")

    static let typeColumn = Message(en: "type", de: "Typ")
    static let itemsColumn = Message(en: "items", de: "Fragen")
    static let titleColumn = Message(en: "title", de: "Titel")
    static let originColumn = Message(en: "origin", de: "Herkunft")
    static let builtIn = Message(en: "built in", de: "eingebaut")
    static let addedToWorkspace = Message(en: "workspace", de: "Arbeitsbereich")
    static func perValue(_ count: Int) -> Message {
        Message(en: "\(count) per value", de: "\(count) je Wert")
    }
    static let showRounds = Message(en: "Rounds: ", de: "Runden: ")
    static let showAlternatives = Message(en: "Alternatives: ", de: "Alternativen: ")
    static func showTotal(_ total: Int) -> Message {
        Message(en: "\(total) points per item", de: "\(total) Punkte je Frage")
    }
    static let showScales = Message(en: "Scales: ", de: "Skalen: ")
    static let reversed = Message(en: "reverse-keyed", de: "umgepolt")
    static let showValuesNote = Message(en: "These items are asked once per value named with survey new --values.",
                                        de: "Diese Fragen werden je Wert gestellt, der mit survey new --values genannt wird.")
    static let noSuchFile = Message(en: "no such file", de: "Datei nicht gefunden")
    static func unknownInstrument(_ id: String) -> Message {
        Message(en: "no instrument '\(id)' (see survey instruments)", de: "kein Instrument '\(id)' (siehe survey instruments)")
    }
    static func instrumentExists(_ id: String) -> Message {
        Message(en: "an instrument '\(id)' exists already; give the file another id", de: "ein Instrument '\(id)' gibt es schon; der Datei eine andere ID geben")
    }
    static func instrumentAdded(_ id: String, _ title: String) -> Message {
        Message(en: "added the instrument \(id) (\(title))", de: "Instrument \(id) (\(title)) hinzugefügt")
    }
    static let instrumentNeeded = Message(en: "name the instrument with --instrument ID (see survey instruments)",
                                          de: "das Instrument mit --instrument ID angeben (siehe survey instruments)")
    static let valuesNeeded = Message(en: "this instrument asks about the client's values: give them with --values \"A;B;C\"",
                                      de: "dieses Instrument fragt nach den Werten des Kunden: mit --values \"A;B;C\" angeben")
    static let valuesNotUsed = Message(en: "this instrument does not ask about values; leave out --values",
                                       de: "dieses Instrument fragt nicht nach Werten; --values weglassen")
    static let valuesEmpty = Message(en: "--values holds an empty value", de: "--values enthält einen leeren Wert")
    static let valuesTwice = Message(en: "--values names a value twice", de: "--values nennt einen Wert doppelt")
    static func surveyCreated(_ name: String, _ instrument: String, _ count: Int) -> Message {
        Message(en: "created the survey \(name) (\(instrument), \(count) items); answer it with survey run \(name)",
                de: "Umfrage \(name) angelegt (\(instrument), \(count) Fragen); beantworten mit survey run \(name)")
    }
    static func unknownSurvey(_ name: String) -> Message {
        Message(en: "no survey named '\(name)'", de: "keine Umfrage namens '\(name)'")
    }
    static func surveyDamaged(_ name: String) -> Message {
        Message(en: "the definition of the survey \(name) cannot be read", de: "die Definition der Umfrage \(name) ist nicht lesbar")
    }
    static let noAnswerInput = Message(
        en: "a survey cannot be answered here: with -c there are no answer lines; run it in the shell or give the answers as the next lines of a script",
        de: "hier kann keine Umfrage beantwortet werden: mit -c gibt es keine Antwortzeilen; in der Shell ausführen oder die Antworten als nächste Zeilen eines Skripts geben")
    static func badRespondent(_ id: String) -> Message {
        Message(en: "'\(id)' cannot be a respondent id (no blanks)", de: "'\(id)' taugt nicht als ID (keine Leerzeichen)")
    }
    static func anonymousNoNames(_ name: String) -> Message {
        Message(en: "\(name) is anonymous: leave out --respondent to get a generated id, or give a generated id to resume",
                de: "\(name) ist anonym: --respondent weglassen, um eine ID zu bekommen, oder eine erzeugte ID zum Fortsetzen angeben")
    }
    static func respondentComplete(_ respondent: String, _ count: Int, _ survey: String) -> Message {
        Message(en: "\(respondent) has answered all \(count) items of \(survey)", de: "\(respondent) hat alle \(count) Fragen von \(survey) beantwortet")
    }
    static func respondentStopped(_ respondent: String, _ answered: Int, _ count: Int, _ survey: String) -> Message {
        Message(en: "stopped: \(respondent) has answered \(answered) of \(count) items, all saved; resume with survey run \(survey) --respondent \(respondent)",
                de: "angehalten: \(respondent) hat \(answered) von \(count) Fragen beantwortet, alle gespeichert; fortsetzen mit survey run \(survey) --respondent \(respondent)")
    }
    static let respondentColumn = Message(en: "respondent", de: "Person")
    static let groupColumn = Message(en: "group", de: "Gruppe")
    static let roleColumn = Message(en: "role", de: "Rolle")
    static let answeredColumn = Message(en: "answered", de: "beantwortet")
    static let skippedColumn = Message(en: "skipped", de: "übersprungen")
    static let completeColumn = Message(en: "complete", de: "vollständig")
    static func statusTitle(_ name: String, _ instrument: String, _ items: Int, _ done: Int, _ respondents: Int, anonymous: Bool) -> Message {
        Message(en: "\(name): \(instrument), \(items) items, \(done) of \(respondents) respondents complete\(anonymous ? ", anonymous" : "")",
                de: "\(name): \(instrument), \(items) Fragen, \(done) von \(respondents) Befragten vollständig\(anonymous ? ", anonym" : "")")
    }
    static func unknownRespondent(_ id: String, _ survey: String) -> Message {
        Message(en: "no respondent '\(id)' in \(survey)", de: "keine befragte Person '\(id)' in \(survey)")
    }
    static func responseDropped(_ id: String, _ survey: String) -> Message {
        Message(en: "removed the answers of \(id) from \(survey)", de: "die Antworten von \(id) aus \(survey) entfernt")
    }
    static func badSimulateCount(_ text: String, _ largest: Int) -> Message {
        Message(en: "'\(text)' is not a number of respondents from 1 to \(largest)", de: "'\(text)' ist keine Zahl von Befragten von 1 bis \(largest)")
    }
    static func badSimulateProfile(_ text: String, _ width: Int) -> Message {
        Message(en: "'\(text)' is no profile: give \(width) numbers of 0 or more, not all 0",
                de: "'\(text)' ist kein Profil: \(width) Zahlen von 0 oder mehr angeben, nicht alle 0")
    }
    static func simulated(_ count: Int, _ survey: String) -> Message {
        Message(en: "added \(count) simulated respondents to \(survey)", de: "\(count) simulierte Befragte zu \(survey) hinzugefügt")
    }
    static let organisation = Message(en: "the organisation", de: "die Organisation")
    static let noGroup = Message(en: "(no group)", de: "(keine Gruppe)")
    static let cultureTypeColumn = Message(en: "culture type", de: "Kulturtyp")
    static let gapColumn = Message(en: "gap", de: "Lücke")
    static let flagColumn = Message(en: "flag", de: "Hinweis")
    static let flaggedGap = Message(en: "gap ≥ 10", de: "Lücke ≥ 10")
    static let scaleColumn = Message(en: "scale", de: "Skala")
    static let itemColumn = Message(en: "item", de: "Frage")
    static let labelColumn = Message(en: "label", de: "Bezeichnung")
    static let respondentsColumn = Message(en: "respondents", de: "Befragte")
    static let alphaRespondentsColumn = Message(en: "alpha n", de: "Alpha n")
    static func gapsFlagged(_ count: Int) -> Message {
        Message(en: "\(count) gaps between now and preferred reach 10 points or more.",
                de: "\(count) Lücken zwischen heute und gewünscht erreichen 10 Punkte oder mehr.")
    }
    static func groupWithheld(_ group: String, _ smallest: Int) -> Message {
        Message(en: "results for \(group) are withheld: fewer than \(smallest) respondents",
                de: "Ergebnisse für \(group) werden zurückgehalten: weniger als \(smallest) Befragte")
    }
    static func resultsTitle(_ name: String, _ respondents: Int) -> Message {
        Message(en: "\(name): results of \(respondents) respondent\(respondents == 1 ? "" : "s")",
                de: "\(name): Ergebnisse von \(respondents) \(respondents == 1 ? "befragten Person" : "Befragten")")
    }
    static func resultsStored(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(en: "stored as the datasets \(list)", de: "als Datensätze \(list) gespeichert")
    }
    static let candidateNeeded = Message(en: "name the person with --candidate ID", de: "die Person mit --candidate ID angeben")
    static func nothingToCompare(_ candidate: String, _ against: String) -> Message {
        Message(en: "there are no answers to compare between \(candidate) and \(against)",
                de: "zwischen \(candidate) und \(against) gibt es keine vergleichbaren Antworten")
    }
    static let singleRespondentRefused = Message(en: "this survey is anonymous: fit against a single respondent is refused",
                                                 de: "diese Umfrage ist anonym: Passung zu einer einzelnen Person wird verweigert")
    static func badAgainst(_ text: String) -> Message {
        Message(en: "'\(text)' is not org, group:G or respondent:ID", de: "'\(text)' ist nicht org, group:G oder respondent:ID")
    }
    static func unknownRound(_ text: String, _ rounds: String) -> Message {
        Message(en: "no round '\(text)'; the rounds are \(rounds)", de: "keine Runde '\(text)'; die Runden sind \(rounds)")
    }
    static let candidateColumn = Message(en: "candidate", de: "Person")
    static let againstColumn = Message(en: "against", de: "verglichen mit")
    static let distanceColumn = Message(en: "distance", de: "Abstand")
    static let bandColumn = Message(en: "fit", de: "Passung")
    static func fewRespondents(_ count: Int, _ reliable: Int) -> Message {
        Message(en: "the reference profile rests on \(count) respondents only (fewer than \(reliable)): treat the fit as unreliable",
                de: "das Vergleichsprofil beruht auf nur \(count) Befragten (weniger als \(reliable)): die Passung ist unsicher")
    }
    static func fitSentence(_ candidate: String, _ against: String, band: FitBand, r: String, distance: String) -> Message {
        let name = Words.band(band)
        return Message(en: "fit of \(candidate) to \(against): \(name.en) (profile correlation r = \(r), distance \(distance)).",
                       de: "Passung von \(candidate) zu \(against): \(name.de) (Profilkorrelation r = \(r), Abstand \(distance)).")
    }
}

/// Messages of `survey import`.
extension Words {
    static let surveyImportSummary = Message(en: "add respondents from a table file, one row each",
                                             de: "Befragte aus einer Tabellendatei hinzufügen, eine Zeile je Person")
    static func importUnknownColumn(_ column: String, _ file: String) -> Message {
        Message(en: "\(file): the column '\(column)' is no question of this survey (see survey show)",
                de: "\(file): die Spalte '\(column)' ist keine Frage dieser Umfrage (siehe survey show)")
    }
    static func importNeedsRespondent(_ file: String) -> Message {
        Message(en: "\(file) needs a column 'respondent'", de: "\(file) braucht eine Spalte 'respondent'")
    }
    static func importRespondentExists(_ respondent: String) -> Message {
        Message(en: "\(respondent) has answers already (remove them with survey drop-response first)",
                de: "\(respondent) hat schon Antworten (zuerst mit survey drop-response entfernen)")
    }
    static func importBadRole(_ role: String) -> Message {
        Message(en: "'\(role)' is no role; use candidate or employee", de: "'\(role)' ist keine Rolle; candidate oder employee verwenden")
    }
    static func importNotAnAnswer(_ text: String) -> Message {
        Message(en: "'\(text)' is not an answer", de: "'\(text)' ist keine Antwort")
    }
    static let importUnavailable = Message(en: "reading files needs the import module, which is not loaded",
                                           de: "zum Lesen von Dateien wird das Importmodul gebraucht, es ist nicht geladen")
    static func importedRespondents(_ count: Int, _ survey: String) -> Message {
        Message(en: "added \(count) respondents to \(survey)", de: "\(count) Befragte zu \(survey) hinzugefügt")
    }
}
