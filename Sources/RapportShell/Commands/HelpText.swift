import RapportCore

/// Builds help from command specifications: the list of commands, and one command's page.
enum HelpText {
    /// The page of one command: usage, summary, details, arguments, flags, subcommands, examples.
    static func result(for spec: CommandSpec, registry: Registry, language: Language, prefix: String? = nil) -> CommandResult {
        var lines: [String] = []
        lines.append(Words.usageLabel.text(language) + ": " + spec.usage(prefix: prefix))
        lines.append("")
        lines.append(spec.summary.text(language) + (spec.isPlugin ? " " + Words.pluginMark.text(language) : ""))
        if let discussion = spec.discussion {
            lines.append("")
            lines.append(discussion.text(language))
        }
        if !spec.aliases.isEmpty {
            lines.append("")
            lines.append(Words.aliasesLabel.text(language) + ": " + spec.aliases.joined(separator: ", "))
        }
        if !spec.subcommands.isEmpty {
            lines.append("")
            lines.append(Words.subcommandsLabel.text(language) + ":")
            for sub in spec.subcommands {
                lines.append("  " + sub.usage(prefix: spec.name))
                lines.append("      " + sub.summary.text(language))
            }
        }
        if !spec.flags.isEmpty {
            lines.append("")
            lines.append(Words.flagsLabel.text(language) + ":")
            for flag in spec.flags {
                let head = flag.value == nil ? "--\(flag.name)" : "--\(flag.name) \(flag.valueName)"
                lines.append("  " + head.padding(toLength: max(head.count, 24), withPad: " ", startingAt: 0) + "  "
                             + flag.summary.text(language))
            }
        }
        if !spec.examples.isEmpty {
            lines.append("")
            lines.append(Words.examplesLabel.text(language) + ":")
            lines += spec.examples.map { "  " + $0 }
        }
        let json = JSONValue.object([
            ("name", .string(spec.name)), ("module", .string(spec.module)), ("usage", .string(spec.usage(prefix: prefix))),
            ("summary", .string(spec.summary.text(language))),
            ("aliases", .array(spec.aliases.map(JSONValue.string))),
            ("subcommands", .array(spec.subcommands.map { .string($0.name) })),
            ("flags", .array(spec.flags.map { .string("--" + $0.name) })),
            ("examples", .array(spec.examples.map(JSONValue.string))),
            ("plugin", .bool(spec.isPlugin)),
        ])
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: json)
    }

    /// The list of every command, grouped by module.
    static func overview(registry: Registry, language: Language) -> CommandResult {
        var lines: [String] = []
        var rows: [JSONValue] = []
        let width = registry.commands.map(\.spec.name.count).max() ?? 8
        for (module, commands) in registry.byModule {
            lines.append(Words.moduleHeading(module).text(language))
            for command in commands {
                let spec = command.spec
                let mark = spec.isPlugin ? " " + Words.pluginMark.text(language) : ""
                lines.append("  " + spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                             + spec.summary.text(language) + mark)
                rows.append(.object([("name", .string(spec.name)), ("module", .string(module)),
                                     ("summary", .string(spec.summary.text(language))), ("plugin", .bool(spec.isPlugin))]))
            }
            lines.append("")
        }
        lines.append(Words.helpFooter.text(language))
        return CommandResult(blocks: [.text(lines.joined(separator: "\n"))], json: .object([("commands", .array(rows))]))
    }
}

/// The labels and headings of help texts.
extension Words {
    /// The label before a command's usage line.
    public static let usageLabel = Message(en: "usage", de: "Aufruf")
    /// The label before a command's aliases.
    public static let aliasesLabel = Message(en: "also", de: "auch")
    /// The heading over a command's subcommands.
    public static let subcommandsLabel = Message(en: "subcommands", de: "Unterbefehle")
    /// The heading over a command's flags.
    public static let flagsLabel = Message(en: "flags", de: "Optionen")
    /// The heading over a command's examples.
    public static let examplesLabel = Message(en: "examples", de: "Beispiele")
    /// The mark beside commands a plugin provides.
    public static let pluginMark = Message(en: "(plugin)", de: "(Plugin)")
    /// The line under the command list, on getting help for one command.
    public static let helpFooter = Message(
        en: "help COMMAND (or COMMAND --help, ? COMMAND) shows one command; COMMAND --json (or --output "
            + "csv|tsv|md) prints its result as JSON (or CSV, TSV, Markdown). Clauses: by, where, on, as.",
        de: "help BEFEHL (oder BEFEHL --help, ? BEFEHL) zeigt einen Befehl; BEFEHL --json (oder --output "
            + "csv|tsv|md) gibt sein Ergebnis als JSON (oder CSV, TSV, Markdown) aus. Klauseln: by, where, on, as.")
    /// The heading over one module's commands.
    public static func moduleHeading(_ module: String) -> Message {
        Message(en: "\(module) commands", de: "Befehle: \(module)")
    }
}
