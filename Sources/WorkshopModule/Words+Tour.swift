import RapportCore

/// Messages of the tour command.
extension Words {
    /// One line on `tour`.
    public static let tourSummary = Message(en: "a guided tour through the ideas rapport measures, on the demo workspace",
                                            de: "eine Führung durch die Ideen, die rapport misst, auf dem Demo-Arbeitsbereich")
    /// Longer help on `tour`.
    public static let tourDiscussion = Message(
        en: "`tour` lists the chapters; `tour CHAPTER` runs one, `tour all` every one. At a terminal, Enter goes on and q leaves; piped, the tour runs straight through. The commands are real: their results are stored in the workspace like any other.",
        de: "`tour` listet die Kapitel; `tour KAPITEL` zeigt eines, `tour all` alle. Am Terminal geht Enter weiter und q verlässt die Führung; über eine Pipe läuft sie durch. Die Befehle sind echt: ihre Ergebnisse landen wie alle anderen im Arbeitsbereich.")
    /// The header of the chapter names in the tour's list.
    public static let tourChapterColumn = Message(en: "chapter", de: "Kapitel")
    /// The header of the chapters' ideas in the tour's list.
    public static let tourIdeaColumn = Message(en: "idea", de: "Idee")
    /// The header of the step counts in the tour's list.
    public static let tourStepsColumn = Message(en: "steps", de: "Schritte")
    /// The prompt between the tour's steps.
    public static let tourPrompt = Message(en: "Enter: next step · q: leave ", de: "Enter: nächster Schritt · q: beenden ")
    /// What the tour says when the user leaves with q.
    public static let tourLeft = Message(en: "left the tour; `tour` lists the chapters", de: "Führung verlassen; `tour` listet die Kapitel")
    /// `tour` run where there is no shell to run its commands.
    public static let tourNeedsShell = Message(en: "the tour runs inside the shell only", de: "die Führung läuft nur in der Shell")
    /// What the tour says at its end.
    public static func tourDone(_ chapters: Int) -> Message {
        Message(en: "end of the tour (\(chapters) chapter\(chapters == 1 ? "" : "s")); `explain` lists every idea and metric",
                de: "Ende der Führung (\(chapters) Kapitel); `explain` listet alle Ideen und Kennzahlen")
    }
    /// A chapter name the tour does not have.
    public static func unknownChapter(_ name: String) -> Message {
        Message(en: "the tour has no chapter '\(name)' (`tour` lists them)", de: "die Führung hat kein Kapitel '\(name)' (`tour` listet sie)")
    }
    /// The tour started outside the demo workspace, naming the datasets it lacks.
    public static func tourNeedsDemo(_ datasets: [String]) -> Message {
        let list = datasets.joined(separator: ", ")
        return Message(en: "the tour needs the demo workspace (missing: \(list)); start it with `make run`, which opens a fresh copy of it",
                       de: "die Führung braucht den Demo-Arbeitsbereich (es fehlt: \(list)); starten mit `make run`, das eine frische Kopie davon öffnet")
    }
}
