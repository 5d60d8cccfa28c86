import RapportCore

/// Messages of the `plugin` command, of finding plugins, talking to them and checking their results.
extension Words {
    // MARK: the plugin command

    static let pluginSummary = Message(en: "list, inspect, reload, add or remove external plugins",
                                       de: "externe Plugins auflisten, ansehen, neu laden, hinzufügen oder entfernen")
    static let pluginDiscussion = Message(
        en: """
        Plugins are found in the folders of RAPPORT_PLUGIN_PATH, in $XDG_DATA_HOME/rapport/plugins, among the plugins \
        shipped with rapport, and wherever `plugin add` registered one. Their commands come from signatures cached \
        in $XDG_CACHE_HOME/rapport/plugin-signatures.json; a new or changed plugin is asked on the first run of one of \
        its commands, and `plugin reload` asks every plugin again. A plugin inside \
        the workspace folder runs only after `plugin add`. The protocol: plugins/PROTOCOL.md.
        """,
        de: """
        Plugins werden in den Ordnern von RAPPORT_PLUGIN_PATH gesucht, in $XDG_DATA_HOME/rapport/plugins, unter den \
        mit rapport gelieferten Plugins und überall, wo `plugin add` eines eingetragen hat. Ihre Befehle stammen aus \
        Signaturen, die in $XDG_CACHE_HOME/rapport/plugin-signatures.json zwischengespeichert sind; ein neues oder \
        geändertes Plugin wird beim ersten Aufruf eines seiner Befehle gefragt, `plugin reload` fragt jedes Plugin neu. Ein Plugin im Ordner des Arbeitsbereichs läuft erst nach `plugin add`. Das \
        Protokoll: plugins/PROTOCOL.md.
        """)
    static let pluginListSummary = Message(en: "list the plugins found and their state",
                                           de: "die gefundenen Plugins und ihren Zustand auflisten")
    static let pluginInfoSummary = Message(en: "show one plugin: folder, program, commands",
                                           de: "ein Plugin zeigen: Ordner, Programm, Befehle")
    static let pluginReloadSummary = Message(en: "find the plugins again and ask each for its commands",
                                             de: "die Plugins neu suchen und jedes nach seinen Befehlen fragen")
    static let pluginAddSummary = Message(en: "register a plugin folder in your configuration",
                                          de: "einen Plugin-Ordner in Ihrer Konfiguration eintragen")
    static let pluginRemoveSummary = Message(en: "forget a plugin registered with plugin add",
                                             de: "ein mit plugin add eingetragenes Plugin vergessen")
    static let pluginReady = Message(en: "ready", de: "bereit")
    static let pluginUndescribed = Message(en: "new or changed: asked for its commands when first run (or by plugin reload)",
                                           de: "neu oder geändert: wird beim ersten Aufruf (oder mit plugin reload) nach seinen Befehlen gefragt")

    static func pluginNotDescribed(_ plugin: String, command: String) -> Message {
        Message(en: "plugin '\(plugin)' did not describe its command \(command)",
                de: "Plugin '\(plugin)' hat seinen Befehl \(command) nicht beschrieben")
    }

    static let pluginNoneFound = Message(en: "No plugins found.", de: "Keine Plugins gefunden.")

    static func pluginShadowed(_ command: String, plugin: String) -> Message {
        Message(en: "the built-in command '\(command)' wins over the command of the same name of plugin '\(plugin)'",
                de: "der eingebaute Befehl '\(command)' hat Vorrang vor dem gleichnamigen Befehl des Plugins '\(plugin)'")
    }

    static func pluginUnknown(_ name: String) -> Message {
        Message(en: "no plugin is called '\(name)'", de: "kein Plugin heißt '\(name)'")
    }

    static func pluginInfoProgram(_ program: String, protocolVersion: Int64) -> Message {
        Message(en: "program \(program), protocol \(protocolVersion)", de: "Programm \(program), Protokoll \(protocolVersion)")
    }

    static func pluginNotAdded(_ name: String) -> Message {
        Message(en: "'\(name)' was not added with plugin add (plugins found in search folders go when their folder goes)",
                de: "'\(name)' wurde nicht mit plugin add eingetragen (Plugins aus Suchordnern verschwinden mit ihrem Ordner)")
    }

    // MARK: finding plugins

    static func pluginManifestMissing(_ path: String) -> Message {
        Message(en: "cannot read the plugin manifest \(path)", de: "das Plugin-Manifest \(path) ist nicht lesbar")
    }

    static func pluginManifestField(_ path: String, _ key: String) -> Message {
        Message(en: "\(path): '\(key)' is missing or not valid (see plugins/PROTOCOL.md)",
                de: "\(path): '\(key)' fehlt oder ist ungültig (siehe plugins/PROTOCOL.md)")
    }

    static func pluginNotExecutable(_ path: String, program: String) -> Message {
        Message(en: "\(path): the program \(program) does not exist or is not executable",
                de: "\(path): das Programm \(program) fehlt oder ist nicht ausführbar")
    }

    static func pluginConfigDamaged(_ path: String) -> Message {
        Message(en: "the plugin list \(path) is damaged; fix or delete it",
                de: "die Plugin-Liste \(path) ist beschädigt; bitte reparieren oder löschen")
    }

    static func pluginDuplicate(_ name: String) -> Message {
        Message(en: "another plugin called '\(name)' was found first; this one is ignored",
                de: "ein anderes Plugin namens '\(name)' wurde zuerst gefunden; dieses wird übergangen")
    }

    static func pluginInsideWorkspace(_ name: String, folder: String) -> Message {
        Message(en: "plugin '\(name)' lies inside the workspace folder and runs only after: plugin add \(folder)",
                de: "Plugin '\(name)' liegt im Ordner des Arbeitsbereichs und läuft erst nach: plugin add \(folder)")
    }

    // MARK: talking to plugins

    static func pluginCouldNotStart(_ plugin: String, _ reason: String) -> Message {
        Message(en: "plugin '\(plugin)' could not be started: \(reason)",
                de: "Plugin '\(plugin)' ließ sich nicht starten: \(reason)")
    }

    static func pluginTimedOut(_ plugin: String, seconds: Int) -> Message {
        Message(en: "plugin '\(plugin)' did not answer within \(seconds) s and was stopped (set plugin-timeout to allow more)",
                de: "Plugin '\(plugin)' antwortete nicht binnen \(seconds) s und wurde beendet (set plugin-timeout erlaubt mehr)")
    }

    static func pluginTooMuchOutput(_ plugin: String, megabytes: Int) -> Message {
        Message(en: "plugin '\(plugin)' wrote more than \(megabytes) MiB and was stopped",
                de: "Plugin '\(plugin)' schrieb mehr als \(megabytes) MiB und wurde beendet")
    }

    static func pluginEnded(_ plugin: String, status: Int32, bySignal: Bool) -> Message {
        bySignal
            ? Message(en: "plugin '\(plugin)' crashed (signal \(status))", de: "Plugin '\(plugin)' ist abgestürzt (Signal \(status))")
            : Message(en: "plugin '\(plugin)' ended with exit status \(status) without a complete answer",
                      de: "Plugin '\(plugin)' endete mit Status \(status) ohne vollständige Antwort")
    }

    static func pluginGarbage(_ plugin: String, excerpt: String) -> Message {
        Message(en: "plugin '\(plugin)' wrote something that is not a JSON object: \(excerpt)",
                de: "Plugin '\(plugin)' schrieb etwas, das kein JSON-Objekt ist: \(excerpt)")
    }

    /// A plugin's answer nested deeper than rapport reads JSON.
    static func pluginTooDeep(_ plugin: String, deepest: Int) -> Message {
        Message(en: "plugin '\(plugin)' wrote JSON nested too deeply: more than \(deepest) arrays or objects "
                    + "inside each other",
                de: "Plugin '\(plugin)' schrieb zu tief verschachteltes JSON: mehr als \(deepest) Arrays oder Objekte "
                    + "ineinander")
    }

    static func pluginExpected(_ plugin: String, _ type: String) -> Message {
        Message(en: "plugin '\(plugin)' did not answer with a valid '\(type)' message",
                de: "Plugin '\(plugin)' antwortete nicht mit einer gültigen '\(type)'-Nachricht")
    }

    static func pluginWrongProtocol(_ plugin: String, found: Int64, supported: Int64) -> Message {
        Message(en: "plugin '\(plugin)' speaks protocol version \(found); this rapport speaks version \(supported)",
                de: "Plugin '\(plugin)' spricht Protokollversion \(found); dieses rapport spricht Version \(supported)")
    }

    static func pluginReportedError(_ plugin: String, _ text: String) -> Message {
        Message(en: "plugin '\(plugin)': \(text)", de: "Plugin '\(plugin)': \(text)")
    }

    static func pluginSays(_ plugin: String, _ text: String) -> Message {
        Message(en: "\(plugin): \(text)", de: "\(plugin): \(text)")
    }

    static func pluginBadSignature(_ plugin: String, field: String) -> Message {
        Message(en: "plugin '\(plugin)' described its commands wrongly: '\(field)' is missing or not valid",
                de: "Plugin '\(plugin)' beschrieb seine Befehle fehlerhaft: '\(field)' fehlt oder ist ungültig")
    }

    static func pluginCommandsDiffer(_ plugin: String, manifest: [String], described: [String]) -> Message {
        Message(en: "plugin '\(plugin)' described the commands \(described.joined(separator: ", ")), but its manifest names \(manifest.joined(separator: ", "))",
                de: "Plugin '\(plugin)' beschrieb die Befehle \(described.joined(separator: ", ")), sein Manifest nennt aber \(manifest.joined(separator: ", "))")
    }

    // MARK: checking results

    static func pluginResultField(_ plugin: String, _ key: String) -> Message {
        Message(en: "plugin '\(plugin)' answered with an invalid '\(key)'",
                de: "Plugin '\(plugin)' antwortete mit ungültigem '\(key)'")
    }

    static func pluginTableShape(_ place: String) -> Message {
        Message(en: "plugin \(place): a table needs 'columns' and 'rows' arrays",
                de: "Plugin \(place): eine Tabelle braucht die Listen 'columns' und 'rows'")
    }

    static func pluginTableTooLong(_ place: String, limit: Int) -> Message {
        Message(en: "plugin \(place): more than \(limit) rows", de: "Plugin \(place): mehr als \(limit) Zeilen")
    }

    static func pluginColumnName(_ place: String, index: Int) -> Message {
        Message(en: "plugin \(place): column \(index) has no name, or a name used twice",
                de: "Plugin \(place): Spalte \(index) hat keinen oder einen doppelten Namen")
    }

    static func pluginColumnType(_ place: String, column: String) -> Message {
        Message(en: "plugin \(place): column '\(column)' needs a type: integer, decimal, boolean, time or text",
                de: "Plugin \(place): Spalte '\(column)' braucht einen Typ: integer, decimal, boolean, time oder text")
    }

    static func pluginColumnRole(_ place: String, column: String, role: String) -> Message {
        Message(en: "plugin \(place): column '\(column)' has the role '\(role)', which rapport does not know "
                    + "(null for none)",
                de: "Plugin \(place): Spalte '\(column)' hat die Rolle '\(role)', die rapport nicht kennt (null für keine)")
    }

    static func pluginRowLength(_ place: String, row: Int, expected: Int) -> Message {
        Message(en: "plugin \(place): row \(row) is not a list of \(expected) values",
                de: "Plugin \(place): Zeile \(row) ist keine Liste von \(expected) Werten")
    }

    static func pluginCellType(_ place: String, row: Int, column: String, type: String) -> Message {
        Message(en: "plugin \(place): row \(row), column '\(column)' is not a value of type \(type) (or null)",
                de: "Plugin \(place): Zeile \(row), Spalte '\(column)' ist kein Wert vom Typ \(type) (oder null)")
    }
}
