import RapportCore

/// Messages of the presets and of the `roles` and `voice` commands.
extension Words {
    /// One line on `roles`.
    public static let rolesSummary = Message(en: "show or change which role each column of a dataset plays",
                                             de: "zeigen oder ändern, welche Rolle jede Spalte eines Datensatzes spielt")
    /// Longer help on `roles`, ending in the list of every role with its kinds and meaning.
    public static let rolesDiscussion: Message = {
        let roles = DatasetKind.assignableRoles(for: nil)
        func list(_ language: Language) -> String {
            roles.map { role in
                let kinds = role.kinds.map(\.rawValue).joined(separator: ", ")
                return "  \(role.rawValue) (\(kinds)): \(role.meaning.text(language))"
            }.joined(separator: "\n")
        }
        return Message(
            en: "Without assignments it shows each column's type and role, and which roles import guessed from "
                + "the column's name. COLUMN=ROLE gives the column that role and takes it from any other column; "
                + "COLUMN= or COLUMN=none clears it. Put column names with blanks in backticks. The roles allowed "
                + "depend on the dataset's kind (posts, accounts, followers, interactions, replies), and a role "
                + "needs a column of its type: counts need numbers, times a time (convert NAME COLUMN to decimal "
                + "repairs a column read as text). roles --list [--kind KIND] lists the roles as a table. undo "
                + "takes the change back.\n\nRoles (kinds): meaning\n"
                + list(.en),
            de: "Ohne Zuweisungen zeigt es Typ und Rolle jeder Spalte, und welche Rollen import aus dem "
                + "Spaltennamen erraten hat. SPALTE=ROLLE gibt der Spalte diese Rolle und nimmt sie jeder anderen "
                + "Spalte; SPALTE= oder SPALTE=none löscht sie. Spaltennamen mit Leerzeichen in Backticks setzen. "
                + "Welche Rollen erlaubt sind, hängt von der Art des Datensatzes ab (posts, accounts, followers, "
                + "interactions, replies), und eine Rolle braucht eine Spalte ihres Typs: Anzahlen brauchen Zahlen,"
                + " Zeitpunkte eine Zeit (convert NAME SPALTE to decimal repariert eine als Text gelesene Spalte). "
                + "roles --list [--kind ART] listet die Rollen als Tabelle. undo nimmt die Änderung "
                + "zurück.\n\nRollen (Arten): Bedeutung\n"
                + list(.de))
    }()
    /// The `--list` switch of `roles`.
    public static let rolesListFlag = Message(en: "list every role with its kinds, type and meaning",
                                              de: "jede Rolle mit ihren Arten, ihrem Typ und ihrer Bedeutung auflisten")
    /// The `--kind` flag of `roles`.
    public static let rolesKindFlag = Message(en: "with --list: only the roles of this kind of data",
                                              de: "mit --list: nur die Rollen dieser Art von Daten")
    /// `roles` with neither a dataset nor `--list`.
    public static let rolesNeedsDataset = Message(
        en: "roles needs a dataset (roles NAME [COLUMN=ROLE ...]) or --list",
        de: "roles braucht einen Datensatz (roles NAME [SPALTE=ROLLE ...]) oder --list")
    /// `--kind` without `--list`.
    public static let rolesKindNeedsList = Message(en: "--kind only goes with --list (roles --list --kind KIND)",
                                                   de: "--kind gibt es nur mit --list (roles --list --kind ART)")
    /// `--list` with a dataset.
    public static let rolesListTakesNoDataset = Message(
        en: "roles --list lists the roles themselves; leave out the dataset, or leave out --list to see its roles",
        de: "roles --list listet die Rollen selbst; den Datensatz weglassen, oder --list weglassen, um seine Rollen "
            + "zu sehen")
    /// The note on a role import guessed from the column's name.
    public static let roleGuessedNote = Message(en: "guessed from its name", de: "aus dem Namen erraten")
    /// A role given to a column of a type it cannot be played by.
    public static func roleNeedsType(_ role: ColumnRole, types: [ColumnType], column: String, type: ColumnType,
                                     dataset: String) -> Message {
        let needed = types.map(\.rawValue)
        let target = types.first?.rawValue ?? "text"
        let quoted = column.contains(" ") ? "`\(column)`" : column
        return Message(
            en: "\(role) needs a column of type \(needed.joined(separator: " or ")), but '\(column)' is \(type); "
                + "convert it first: convert \(dataset) \(quoted) to \(target)",
            de: "\(role) braucht eine Spalte vom Typ \(needed.joined(separator: " oder ")), aber '\(column)' ist "
                + "\(type); erst umwandeln: convert \(dataset) \(quoted) to \(target)")
    }
    /// An assignment without `=`.
    public static func roleNeedsEquals(_ word: String) -> Message {
        Message(en: "expected COLUMN=ROLE, not '\(word)'", de: "erwartet SPALTE=ROLLE, nicht '\(word)'")
    }
    /// A role the dataset's kind does not have.
    public static func unknownRole(_ role: String, kind: DatasetKind?) -> Message {
        guard let kind else {
            return Message(en: "'\(role)' is not a role rapport knows", de: "'\(role)' ist keine Rolle, die rapport kennt")
        }
        return Message(en: "'\(role)' is not a role of \(kind) data", de: "'\(role)' ist keine Rolle von \(kind)-Daten")
    }
    /// What `roles` changed.
    public static func rolesChanged(_ dataset: String, changes: [String]) -> Message {
        Message(en: "roles of \(dataset): " + changes.joined(separator: ", "),
                de: "Rollen von \(dataset): " + changes.joined(separator: ", "))
    }

    /// One line on `voice`.
    public static let voiceSummary = Message(en: "mark accounts as person or institution in a voice column",
                                             de: "Konten in einer Spalte voice als Person oder Institution kennzeichnen")
    /// Longer help on `voice`.
    public static let voiceDiscussion = Message(
        en: "voice NAME ACCOUNT... person|institution sets the voice of every row of those accounts; the dataset needs a column with the role account. --from FILE reads a two-column CSV of account,voice (a header line is optional). The voice column is created with the role voice if missing; accounts nobody named keep a missing voice, which is never guessed. undo takes the change back.",
        de: "voice NAME KONTO... person|institution setzt die Stimme aller Zeilen dieser Konten; der Datensatz braucht eine Spalte mit der Rolle account. --from DATEI liest eine CSV-Datei mit zwei Spalten Konto,Stimme (Kopfzeile freigestellt). Die Spalte voice wird mit der Rolle voice angelegt, wenn sie fehlt; Konten, die niemand nennt, behalten eine fehlende Stimme, die nie geraten wird. undo nimmt die Änderung zurück.")
    /// The `--from` flag of `voice`.
    public static let voiceFromFlag = Message(en: "a CSV file of account,voice lines",
                                              de: "eine CSV-Datei mit Zeilen Konto,Stimme")
    /// `voice` without accounts and a voice, or with both those and `--from`.
    public static let voiceNeedsAccountsOrFile = Message(
        en: "name accounts and a voice (voice NAME ACCOUNT... person|institution) or a file (voice NAME --from FILE), not both",
        de: "Konten und eine Stimme angeben (voice NAME KONTO... person|institution) oder eine Datei (voice NAME --from DATEI), nicht beides")
    /// A dataset without an account column.
    public static func noAccountColumn(_ dataset: String) -> Message {
        Message(en: "'\(dataset)' has no column with the role account; set one with: roles \(dataset) COLUMN=account",
                de: "'\(dataset)' hat keine Spalte mit der Rolle account; eine setzen mit: roles \(dataset) SPALTE=account")
    }
    /// A voice other than person or institution.
    public static func badVoice(_ text: String) -> Message {
        Message(en: "the voice must be person or institution, not '\(text)'",
                de: "die Stimme muss Person oder Institution sein, nicht '\(text)'")
    }
    /// A bad line of a `--from` file.
    public static func badVoiceLine(_ file: String, line: Int, _ problem: Message) -> Message {
        Message(en: "\(file), line \(line): \(problem.en)", de: "\(file), Zeile \(line): \(problem.de)")
    }
    /// A line of a `--from` file that is not two fields.
    public static let voiceLineNeedsTwoFields = Message(en: "expected two fields, account and voice",
                                                        de: "erwartet zwei Felder, Konto und Stimme")
    /// Accounts the dataset does not have.
    public static func unknownAccounts(_ accounts: [String], in dataset: String, known: [String]) -> Message {
        let names = accounts.map { "'\($0)'" }.joined(separator: ", ")
        let some = known.joined(separator: ", ")
        return Message(en: "\(dataset) has no account \(names); it has for example \(some)",
                       de: "\(dataset) hat kein Konto \(names); es hat zum Beispiel \(some)")
    }
    /// Accounts of a `--from` file that the dataset does not have (a warning: the file may serve several datasets).
    public static func voiceFileUnmatched(_ accounts: [String], in dataset: String) -> Message {
        let names = accounts.joined(separator: ", ")
        return Message(en: "\(accounts.count) accounts of the file do not occur in \(dataset): \(names)",
                       de: "\(accounts.count) Konten der Datei kommen in \(dataset) nicht vor: \(names)")
    }
    /// What `voice` did.
    public static func voiceSet(rows: Int, accounts: Int, in dataset: String, missing: Int) -> Message {
        let (set, left) = (rowCount(rows), rowCount(missing))
        return Message(en: "set the voice of \(set.en) of \(accounts) account\(accounts == 1 ? "" : "s") in \(dataset) (\(left.en) without a voice)",
                       de: "Stimme von \(set.de) von \(accounts) \(accounts == 1 ? "Konto" : "Konten") in \(dataset) gesetzt (\(left.de) ohne Stimme)")
    }
}
