import RapportCore

/// Turns the signature of a command, as a plugin describes it, into a `CommandSpec`, checking every field.
///
/// A signature is `{"name", "summary", "help", "examples", "arguments": [{"name", "kind", "choices",
/// "optional", "repeating"}], "flags": [{"name", "kind", "value_name", "summary"}], "clauses": [...]}`;
/// texts are a string or `{"en": …, "de": …}`; no two arguments and no two flags share a name.
/// See plugins/PROTOCOL.md.
enum CommandSignature {
    /// The specification of one command of `plugin`.
    static func spec(from value: JSONValue, plugin: String) throws -> CommandSpec {
        func bad(_ field: String) -> RapportError { RapportError(Words.pluginBadSignature(plugin, field: field)) }
        guard let name = value["name"]?.stringValue, PluginManifest.isValidName(name) else { throw bad("name") }
        guard let summary = message(value["summary"]) else { throw bad("\(name).summary") }
        var positionals: [PositionalSpec] = []
        for (index, argument) in (value["arguments"]?.arrayValue ?? []).enumerated() {
            guard let argumentName = argument["name"]?.stringValue, !argumentName.isEmpty,
                  !positionals.contains(where: { $0.name == argumentName }),
                  let kind = kind(argument["kind"], choices: argument["choices"]) else {
                throw bad("\(name).arguments[\(index)]")
            }
            positionals.append(PositionalSpec(argumentName, kind, optional: argument["optional"] == .bool(true),
                                          repeating: argument["repeating"] == .bool(true)))
        }
        var flags: [FlagSpec] = []
        for (index, flag) in (value["flags"]?.arrayValue ?? []).enumerated() {
            guard let flagName = flag["name"]?.stringValue, PluginManifest.isValidName(flagName),
                  !flags.contains(where: { $0.name == flagName }),
                  let flagSummary = message(flag["summary"]) else { throw bad("\(name).flags[\(index)]") }
            if flag["kind"]?.stringValue == "switch" {
                flags.append(FlagSpec(switch: flagName, flagSummary))
            } else {
                guard let kind = kind(flag["kind"], choices: flag["choices"]) else { throw bad("\(name).flags[\(index)]") }
                flags.append(FlagSpec(flagName, kind, valueName: flag["value_name"]?.stringValue ?? "VALUE", flagSummary))
            }
        }
        var clauses: [Clause] = []
        for clause in value["clauses"]?.arrayValue ?? [] {
            guard let word = clause.stringValue, let known = Clause(rawValue: word) else { throw bad("\(name).clauses") }
            clauses.append(known)
        }
        return CommandSpec(name: name, module: plugin, summary: summary, discussion: message(value["help"]),
                           examples: (value["examples"]?.arrayValue ?? []).compactMap(\.stringValue),
                           positionals: positionals, flags: flags, clauses: clauses, isPlugin: true)
    }

    /// A text in both languages from a string (used for both) or `{"en", "de"}` (German falls back to English).
    static func message(_ value: JSONValue?) -> Message? {
        if let text = value?.stringValue, !text.isEmpty { return Message(en: text, de: text) }
        guard let english = value?["en"]?.stringValue, !english.isEmpty else { return nil }
        return Message(en: english, de: value?["de"]?.stringValue ?? english)
    }

    /// The value kind a signature names: text, integer, number, file, directory, dataset, column, choice, new-name.
    static func kind(_ value: JSONValue?, choices: JSONValue?) -> ValueKind? {
        switch value?.stringValue ?? "text" {
        case "text": return .text
        case "integer": return .integer
        case "number": return .number
        case "file": return .file
        case "directory": return .directory
        case "dataset": return .dataset
        case "column": return .column
        case "new-name": return .newName
        case "choice":
            guard let list = choices?.arrayValue?.compactMap(\.stringValue), !list.isEmpty else { return nil }
            return .choice(list)
        default: return nil
        }
    }
}
