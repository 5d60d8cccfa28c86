import RapportCore

/// Messages about the process arguments, before a session starts.
extension Words {
    /// `--script` and `-c` given together.
    static let scriptWithCommands = Message(en: "--script and -c cannot be used together",
                                            de: "--script und -c können nicht zusammen verwendet werden")
    /// `--json` together with `--output` naming another mode.
    static func jsonWithOutput(_ mode: String) -> Message {
        Message(en: "--json means --output json; it cannot go with --output \(mode)",
                de: "--json bedeutet --output json; es passt nicht zu --output \(mode)")
    }
    /// A `--define` without `=` or with a name that is not a variable name.
    static func badDefinition(_ definition: String) -> Message {
        Message(en: "--define takes NAME=VALUE, not '\(definition)'", de: "--define braucht NAME=WERT, nicht '\(definition)'")
    }
}

/// The text of `rapport --help`, in the language of the process's locale.
extension Words {
    /// What rapport is, in one line.
    static let processAbstract = Message(
        en: "An interactive shell for measuring how companies relate to their customers on social platforms.",
        de: "Eine interaktive Shell, die misst, wie Unternehmen auf sozialen Plattformen mit ihren Kundinnen und Kunden umgehen.")
    /// Where commands come from, and the exit statuses.
    static let processDiscussion = Message(
        en: """
        Without --script or -c, rapport reads commands from the terminal (with line editing) or, when standard \
        input is not a terminal, from standard input. Exit statuses: 0 all commands succeeded, 1 a command failed, \
        2 bad process arguments, 130 interrupted.
        """,
        de: """
        Ohne --script oder -c liest rapport Befehle vom Terminal (mit Zeilenbearbeitung) oder, wenn die \
        Standardeingabe kein Terminal ist, von der Standardeingabe. Exit-Status: 0 alle Befehle erfolgreich, \
        1 ein Befehl schlug fehl, 2 falsche Prozessargumente, 130 abgebrochen.
        """)
    /// `--workspace`.
    static let workspaceFlagHelp = Message(
        en: "The workspace directory (default: $RAPPORT_WORKSPACE, else $XDG_DATA_HOME/rapport/workspaces/default).",
        de: "Das Arbeitsbereich-Verzeichnis (Vorgabe: $RAPPORT_WORKSPACE, sonst $XDG_DATA_HOME/rapport/workspaces/default).")
    /// `--script`.
    static let scriptFlagHelp = Message(en: "Run the commands of this script file, then exit.",
                                        de: "Die Befehle dieser Skriptdatei ausführen, dann beenden.")
    /// `-c`.
    static let commandsFlagHelp = Message(en: "Run these commands (separated by ';'), then exit.",
                                          de: "Diese Befehle ausführen (getrennt durch ';'), dann beenden.")
    /// `--define`.
    static let defineFlagHelp = Message(en: "Define a script variable for $NAME (repeatable).",
                                        de: "Eine Skriptvariable für $NAME festlegen (wiederholbar).")
    /// `--keep-going`.
    static let keepGoingFlagHelp = Message(en: "In scripts, go on after a failing command (the exit status is still 1).",
                                           de: "In Skripten nach einem fehlgeschlagenen Befehl weitermachen (der Exit-Status bleibt 1).")
    /// `--json`.
    static let jsonFlagHelp = Message(en: "Print each result as one JSON document per line.",
                                      de: "Jedes Ergebnis als ein JSON-Dokument pro Zeile ausgeben.")
    /// `--output`.
    static let outputFlagHelp = Message(
        en: "How results are printed: table, json, csv, tsv or md (markdown); --json is --output json.",
        de: "Wie Ergebnisse erscheinen: table, json, csv, tsv oder md (markdown); --json ist --output json.")
    /// `-V`.
    static let shortVersionFlagHelp = Message(en: "Show the version (like --version).",
                                              de: "Die Version zeigen (wie --version).")
    /// `--color`.
    static let colorFlagHelp = Message(en: "Colour: auto, always or never.", de: "Farbe: auto, always oder never.")
    /// `--lang`.
    static let langFlagHelp = Message(en: "Language of messages and tables.", de: "Sprache der Meldungen und Tabellen.")
    /// `--no-init`.
    static let noInitFlagHelp = Message(en: "Do not run the init file ($XDG_CONFIG_HOME/rapport/init).",
                                        de: "Die Init-Datei ($XDG_CONFIG_HOME/rapport/init) nicht ausführen.")
    /// `--step`.
    static let stepFlagHelp = Message(en: "Wait for Enter before each script line (when a terminal is attached).",
                                      de: "Vor jeder Skriptzeile auf Enter warten (wenn ein Terminal angeschlossen ist).")
}
