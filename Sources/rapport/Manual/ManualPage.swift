import RapportCore

/// The man page `rapport.1`, generated from the process flags, the built-in commands' specifications and the
/// settings, so that it says what the program does (`rapport --generate-manual > rapport.1`; a test compares).
enum ManualPage {
    /// One process flag as the page lists it.
    struct Option {
        /// The flag as typed, such as `--workspace` or `-c`.
        let name: String
        /// What its value stands for, or nil for a switch.
        let value: String?
        /// What it does (the same words as `rapport --help`).
        let help: Message
    }

    /// The process flags, in the order `rapport --help` lists them.
    static let options: [Option] = [
        Option(name: "--workspace", value: "DIR", help: Words.workspaceFlagHelp),
        Option(name: "--script", value: "FILE", help: Words.scriptFlagHelp),
        Option(name: "-c", value: "COMMANDS", help: Words.commandsFlagHelp),
        Option(name: "--define", value: "NAME=VALUE", help: Words.defineFlagHelp),
        Option(name: "--keep-going", value: nil, help: Words.keepGoingFlagHelp),
        Option(name: "--json", value: nil, help: Words.jsonFlagHelp),
        Option(name: "--output", value: "FORMAT", help: Words.outputFlagHelp),
        Option(name: "--color", value: "auto|always|never", help: Words.colorFlagHelp),
        Option(name: "--lang", value: "en|de", help: Words.langFlagHelp),
        Option(name: "--no-init", value: nil, help: Words.noInitFlagHelp),
        Option(name: "--step", value: nil, help: Words.stepFlagHelp),
        Option(name: "-V", value: nil, help: Words.shortVersionFlagHelp),
        Option(name: "--version", value: nil, help: Words.versionFlagHelp),
        Option(name: "--generate-completion-script", value: "bash|zsh|fish", help: Words.completionFlagHelp),
        Option(name: "-h, --help", value: nil, help: Words.helpFlagHelp),
    ]

    /// The exit statuses and what each means.
    static let exitStatuses: [(Int, Message)] = [
        (0, Words.manualExitSuccess), (1, Words.manualExitFailure), (2, Words.manualExitArguments),
        (130, Words.manualExitInterrupted),
    ]

    /// The environment variables rapport reads.
    static let environment: [(String, Message)] = [
        ("RAPPORT_WORKSPACE", Words.manualEnvironmentWorkspace), ("RAPPORT_HISTORY", Words.manualEnvironmentHistory),
        ("RAPPORT_PAGER", Words.manualEnvironmentPager), ("PAGER", Words.manualEnvironmentPager),
        ("NO_COLOR", Words.manualEnvironmentNoColor), ("LANG", Words.manualEnvironmentLang),
        ("SOURCE_DATE_EPOCH", Words.manualEnvironmentSourceDate),
        ("RAPPORT_MEMORY_LIMIT", Words.manualEnvironmentMemory), ("RAPPORT_PLUGIN_PATH", Words.manualEnvironmentPlugins),
        ("XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME", Words.manualEnvironmentXDG),
    ]

    /// The files and folders rapport reads and writes.
    static let files: [(String, Message)] = [
        ("$XDG_DATA_HOME/rapport/workspaces/default", Words.manualFileWorkspace),
        ("$XDG_CONFIG_HOME/rapport/init", Words.manualFileInit),
        ("$XDG_STATE_HOME/rapport/history", Words.manualFileHistory),
        ("$XDG_CONFIG_HOME/rapport/plugins.json", Words.manualFilePluginList),
        ("$XDG_CACHE_HOME/rapport/plugin-signatures.json", Words.manualFileSignatures),
        ("$XDG_DATA_HOME/rapport/plugins", Words.manualFilePlugins),
        ("PREFIX/share/rapport/plugins", Words.manualFileShippedPlugins),
    ]

    /// The page in roff (the `man` macros), in a language.
    static func text(registry: Registry, language: Language = .en) -> String {
        var lines = [".TH RAPPORT 1 \"\" \"rapport \(RapportInfo.version)\" \"\(RoffText.escaped(Words.manualTitle.text(language)))\""]
        // No hyphenation and a ragged right edge: flags and paths stay whole.
        lines += [".nh", ".ad l"]
        func section(_ heading: Message) { lines.append(".SH \"" + RoffText.escaped(heading.text(language)) + "\"") }
        func paragraph(_ message: Message) { lines += [".PP"] + RoffText.lines(message.text(language)) }
        func item(_ head: String, _ body: [String]) { lines += [".TP", head] + body }
        section(Words.manualName)
        lines.append("rapport \\- " + RoffText.escaped(Words.processAbstract.text(language)))
        section(Words.manualSynopsis)
        lines.append(".B rapport")
        for option in options where option.name != "-h, --help" && option.name != "--generate-completion-script" {
            lines.append("[" + RoffText.bold(option.name) + (option.value.map { " " + RoffText.italic($0) } ?? "") + "]")
        }
        section(Words.manualDescription)
        paragraph(Words.processDiscussion)
        paragraph(Words.manualModes)
        paragraph(Words.manualLanguage)
        section(Words.manualOptions)
        for option in options {
            item(RoffText.bold(option.name) + (option.value.map { " " + RoffText.italic($0) } ?? ""),
                 RoffText.lines(option.help.text(language)))
        }
        section(Words.manualOutput)
        paragraph(Words.manualOutputModes)
        paragraph(Words.manualOutputWidth)
        section(Words.manualCommands)
        for (module, commands) in registry.byModule {
            lines.append(".SS \"" + RoffText.escaped(Words.moduleHeading(module).text(language)) + "\"")
            for command in commands { lines += commandLines(command.spec, prefix: nil, language: language) }
        }
        section(Words.manualSettings)
        paragraph(Words.manualSettingsIntro)
        for setting in SettingSpec.all {
            var head = RoffText.bold(setting.name)
            if let choices = setting.choices { head += " " + RoffText.italic(choices.joined(separator: "|")) }
            item(head, RoffText.lines(setting.summary.text(language) + " "
                                      + Words.manualDefault(setting.defaultValue).text(language)))
        }
        section(Words.manualExitStatus)
        for (status, meaning) in exitStatuses { item(RoffText.bold(String(status)), RoffText.lines(meaning.text(language))) }
        section(Words.manualEnvironment)
        for (name, meaning) in environment { item(RoffText.bold(name), RoffText.lines(meaning.text(language))) }
        section(Words.manualFiles)
        for (path, meaning) in files { item(RoffText.italic(path), RoffText.lines(meaning.text(language))) }
        paragraph(Words.manualFilesDefaults)
        section(Words.manualPlugins)
        paragraph(Words.manualPluginsText)
        section(Words.manualSeeAlso)
        paragraph(Words.manualSeeAlsoText)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The entry of one command (or subcommand): usage in bold, summary, discussion, flags, clauses, examples.
    private static func commandLines(_ spec: CommandSpec, prefix: String?, language: Language) -> [String] {
        var lines = [".TP", RoffText.bold(spec.usage(prefix: prefix))]
        lines += RoffText.lines(spec.summary.text(language))
        if !spec.aliases.isEmpty {
            lines += [".br"] + RoffText.lines(Words.aliasesLabel.text(language) + ": " + spec.aliases.joined(separator: ", "))
        }
        if let discussion = spec.discussion { lines += [".IP"] + RoffText.lines(discussion.text(language)) }
        if !spec.flags.isEmpty || !spec.clauses.isEmpty { lines.append(".RS") }
        for flag in spec.flags {
            let head = RoffText.bold("--" + flag.name) + (flag.value == nil ? "" : " " + RoffText.italic(flag.valueName))
            var text = flag.summary.text(language)
            if case .choice(let choices)? = flag.value, !choices.allSatisfy(text.contains) {
                text += " (" + choices.joined(separator: ", ") + ")"
            }
            lines += [".TP", head] + RoffText.lines(text)
        }
        if !spec.clauses.isEmpty {
            lines += [".TP", RoffText.escaped(Words.manualClauses.text(language))]
            lines.append(spec.clauses.map { RoffText.bold($0.rawValue) }.joined(separator: ", "))
        }
        if !spec.flags.isEmpty || !spec.clauses.isEmpty { lines.append(".RE") }
        if !spec.examples.isEmpty {
            lines += [".IP", RoffText.escaped(Words.examplesLabel.text(language) + ":"), ".RS 2", ".nf"]
            lines += spec.examples.map { RoffText.lines($0).joined(separator: " ") }
            lines += [".fi", ".RE"]
        }
        for sub in spec.subcommands { lines += commandLines(sub, prefix: spec.name, language: language) }
        return lines
    }
}
