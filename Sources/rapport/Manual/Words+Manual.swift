import RapportCore

/// The words of the man page (`rapport --generate-manual`) beyond those of `--help` and the commands.
extension Words {
    /// The page's title in its header line.
    static let manualTitle = Message(en: "rapport manual", de: "rapport-Handbuch")
    /// Section headings.
    static let manualName = Message(en: "NAME", de: "NAME")
    static let manualSynopsis = Message(en: "SYNOPSIS", de: "ÜBERSICHT")
    static let manualDescription = Message(en: "DESCRIPTION", de: "BESCHREIBUNG")
    static let manualOptions = Message(en: "OPTIONS", de: "OPTIONEN")
    static let manualOutput = Message(en: "OUTPUT", de: "AUSGABE")
    static let manualCommands = Message(en: "COMMANDS", de: "BEFEHLE")
    static let manualSettings = Message(en: "SETTINGS", de: "EINSTELLUNGEN")
    static let manualExitStatus = Message(en: "EXIT STATUS", de: "EXIT-STATUS")
    static let manualEnvironment = Message(en: "ENVIRONMENT", de: "UMGEBUNG")
    static let manualFiles = Message(en: "FILES", de: "DATEIEN")
    static let manualPlugins = Message(en: "PLUGINS", de: "PLUGINS")
    static let manualSeeAlso = Message(en: "SEE ALSO", de: "SIEHE AUCH")

    /// `--version`, as ArgumentParser provides it.
    static let versionFlagHelp = Message(en: "Show the version.", de: "Die Version zeigen.")
    /// `--generate-completion-script`, as ArgumentParser provides it.
    static let completionFlagHelp = Message(
        en: "Print the completion script for bash, zsh or fish (make install puts them where the shells look).",
        de: "Das Vervollständigungsskript für bash, zsh oder fish ausgeben (make install legt sie dorthin, wo die Shells suchen).")
    /// `--help`.
    static let helpFlagHelp = Message(en: "Show the process flags.", de: "Die Prozessoptionen zeigen.")

    /// The modes rapport runs in.
    static let manualModes = Message(
        en: """
        Interactive (standard input is a terminal): line editing, history and Tab completion; the init file runs first \
        unless --no-init. Scripted (a pipe, --script or -c): no prompt; the first failure stops the run with \
        FILE:LINE: error: message on stderr, unless --keep-going.
        """,
        de: """
        Interaktiv (die Standardeingabe ist ein Terminal): Zeilenbearbeitung, Verlauf und Tab-Vervollständigung; zuerst \
        läuft die Init-Datei, außer mit --no-init. Skriptgesteuert (eine Pipe, --script oder -c): keine Eingabeaufforderung; \
        der erste Fehler beendet den Lauf mit DATEI:ZEILE: Fehler: Meldung auf stderr, außer mit --keep-going.
        """)
    /// The command language in one paragraph.
    static let manualLanguage = Message(
        en: """
        A command line reads VERB [SUBVERB] [DATASET] [ARGUMENTS] [by COLUMNS] [where EXPR] [on KEY] [as NEW] \
        [--flag value]; ; separates commands, # starts a comment, $NAME is a script variable. Every command also takes \
        --help, --json and --output FORMAT.
        """,
        de: """
        Eine Befehlszeile lautet VERB [UNTERVERB] [DATENSATZ] [ARGUMENTE] [by SPALTEN] [where AUSDRUCK] [on SCHLÜSSEL] \
        [as NEU] [--option wert]; ; trennt Befehle, # beginnt einen Kommentar, $NAME ist eine Skriptvariable. Jeder Befehl \
        nimmt auch --help, --json und --output FORMAT.
        """)
    /// The output modes.
    static let manualOutputModes = Message(
        en: """
        Results go to stdout, diagnostics to stderr. --output (or set output) chooses the mode: table (aligned, for \
        people), json (one JSON document per command and line), csv and tsv (RFC 4180 with a header row: numbers \
        unrounded, rates as fractions, missing values empty, times ISO 8601 in UTC), md or markdown (GitHub-flavoured \
        tables). In csv, tsv and md only the tables go to stdout, one empty line between the tables of one command; \
        sentences, notes and warnings go to stderr.
        """,
        de: """
        Ergebnisse gehen nach stdout, Diagnosen nach stderr. --output (oder set output) wählt die Art: table \
        (ausgerichtet, für Menschen), json (ein JSON-Dokument pro Befehl und Zeile), csv und tsv (RFC 4180 mit \
        Kopfzeile: Zahlen ungerundet, Raten als Anteile, fehlende Werte leer, Zeiten ISO 8601 in UTC), md oder \
        markdown (Tabellen in GitHub-Markdown). Bei csv, tsv und md gehen nur die Tabellen nach stdout, eine Leerzeile \
        zwischen den Tabellen eines Befehls; Sätze, Hinweise und Warnungen gehen nach stderr.
        """)
    /// Widths and progress.
    static let manualOutputWidth = Message(
        en: """
        On a terminal tables fit its width; into a file or a pipe every column and cell is printed whole, unless set \
        width N asks for a width. show prints at most --limit rows in every mode and says on stderr how many it left \
        out. When stderr is a terminal, work that takes longer than a second shows one progress line there, cleared \
        when it ends.
        """,
        de: """
        Im Terminal passen Tabellen in seine Breite; in eine Datei oder Pipe wird jede Spalte und Zelle ganz \
        ausgegeben, außer set width N verlangt eine Breite. show gibt in jeder Art höchstens --limit Zeilen aus und sagt \
        auf stderr, wie viele es weggelassen hat. Ist stderr ein Terminal, zeigt Arbeit, die länger als eine Sekunde \
        dauert, dort eine Fortschrittszeile, die am Ende verschwindet.
        """)
    /// The line before a command's clauses.
    static let manualClauses = Message(en: "clauses", de: "Klauseln")
    /// The settings' introduction.
    static let manualSettingsIntro = Message(
        en: "set lists the settings; set NAME VALUE changes one and keeps it in the workspace.",
        de: "set listet die Einstellungen; set NAME WERT ändert eine und behält sie im Arbeitsbereich.")
    /// A setting's default.
    static func manualDefault(_ value: String) -> Message {
        Message(en: "Default: \(value.isEmpty ? "none" : value).", de: "Standard: \(value.isEmpty ? "keiner" : value).")
    }
    /// Exit statuses.
    static let manualExitSuccess = Message(en: "Every command succeeded.", de: "Jeder Befehl war erfolgreich.")
    static let manualExitFailure = Message(
        en: "A command failed (with --keep-going the run goes on, and still ends with 1).",
        de: "Ein Befehl schlug fehl (mit --keep-going läuft es weiter und endet trotzdem mit 1).")
    static let manualExitArguments = Message(
        en: "Bad process arguments: an unknown flag, --script with -c, a script file that cannot be read.",
        de: "Falsche Prozessargumente: eine unbekannte Option, --script mit -c, eine Skriptdatei, die sich nicht lesen lässt.")
    static let manualExitInterrupted = Message(en: "Interrupted (Ctrl-C).", de: "Abgebrochen (Strg-C).")
    /// Environment variables.
    static let manualEnvironmentWorkspace = Message(en: "The workspace when --workspace is not given.",
                                                    de: "Der Arbeitsbereich, wenn --workspace fehlt.")
    static let manualEnvironmentHistory = Message(en: "The history file.", de: "Die Verlaufsdatei.")
    static let manualEnvironmentPager = Message(en: "The pager for long output (default less -FRX).",
                                                de: "Der Pager für lange Ausgaben (Standard less -FRX).")
    static let manualEnvironmentNoColor = Message(en: "No colour, unless --color always or set color always.",
                                                  de: "Keine Farbe, außer mit --color always oder set color always.")
    static let manualEnvironmentLang = Message(en: "The language when neither --lang nor set lang chose one.",
                                               de: "Die Sprache, wenn weder --lang noch set lang eine gewählt hat.")
    static let manualEnvironmentSourceDate = Message(
        en: "The time recorded in the session log, in reports and in export provenance.",
        de: "Die Zeit, die im Sitzungsprotokoll, in Berichten und in der Herkunft von Exporten steht.")
    static let manualEnvironmentMemory = Message(en: "The memory, in bytes, an import may plan to use.",
                                                 de: "Der Speicher in Bytes, den ein Import einplanen darf.")
    static let manualEnvironmentPlugins = Message(en: "More folders to find plugins in, separated by :.",
                                                  de: "Weitere Ordner mit Plugins, getrennt durch :.")
    static let manualEnvironmentXDG = Message(
        en: "Where the files below live (defaults ~/.local/share, ~/.config, ~/.local/state, ~/.cache).",
        de: "Wo die Dateien unten liegen (Standard ~/.local/share, ~/.config, ~/.local/state, ~/.cache).")
    /// Files.
    static let manualFileWorkspace = Message(en: "The workspace when neither --workspace nor RAPPORT_WORKSPACE names one.",
                                             de: "Der Arbeitsbereich, wenn weder --workspace noch RAPPORT_WORKSPACE einen nennt.")
    static let manualFileInit = Message(en: "Commands run before the first prompt of an interactive session.",
                                        de: "Befehle, die vor der ersten Eingabeaufforderung einer interaktiven Sitzung laufen.")
    static let manualFileHistory = Message(en: "The command history (unless RAPPORT_HISTORY names another file).",
                                           de: "Der Befehlsverlauf (außer RAPPORT_HISTORY nennt eine andere Datei).")
    static let manualFilePluginList = Message(en: "The plugin folders added with plugin add.",
                                              de: "Die mit plugin add hinzugefügten Plugin-Ordner.")
    static let manualFileSignatures = Message(en: "The cached command signatures of plugins.",
                                              de: "Die zwischengespeicherten Befehlssignaturen der Plugins.")
    static let manualFilePlugins = Message(en: "Your plugins.", de: "Ihre Plugins.")
    static let manualFileShippedPlugins = Message(en: "The plugins shipped with rapport.",
                                                  de: "Die mit rapport ausgelieferten Plugins.")
    static let manualFilesDefaults = Message(
        en: "A workspace folder holds workspace.json (the manifest), data/ (one file per dataset) and workspace.lock.",
        de: "Ein Arbeitsbereich-Ordner enthält workspace.json (das Manifest), data/ (eine Datei pro Datensatz) und workspace.lock.")
    /// Plugins in general.
    static let manualPluginsText = Message(
        en: """
        Plugins add commands: a folder with a plugin.json and a program in any language that speaks newline-delimited \
        JSON. Their commands differ from machine to machine, so this page does not list them: plugin list shows the \
        plugins found, help lists their commands marked (plugin), and COMMAND --help describes one.
        """,
        de: """
        Plugins fügen Befehle hinzu: ein Ordner mit einer plugin.json und einem Programm in beliebiger Sprache, das \
        zeilenweises JSON spricht. Ihre Befehle unterscheiden sich von Rechner zu Rechner, daher listet diese Seite sie \
        nicht: plugin list zeigt die gefundenen Plugins, help listet ihre Befehle mit (Plugin) markiert, und BEFEHL \
        --help beschreibt einen.
        """)
    /// Where to read on.
    static let manualSeeAlsoText = Message(
        en: "README.md, workspace/FORMAT.md, plugins/PROTOCOL.md and docs/METRICS.md in the rapport sources.",
        de: "README.md, workspace/FORMAT.md, plugins/PROTOCOL.md und docs/METRICS.md in den Quellen von rapport.")
}
