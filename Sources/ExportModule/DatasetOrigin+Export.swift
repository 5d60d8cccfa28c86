import RapportCore

/// A dataset's origin as exports write it: a JSON object with the workspace's keys, or flat key–value pairs.
extension DatasetOrigin {
    /// The origin as a JSON object, keys as in the workspace; what is unknown is left out.
    var json: JSONValue {
        var fields: [(String, JSONValue)] = []
        if let command { fields.append(("command", .string(command))) }
        if let commandName { fields.append(("commandName", .string(commandName))) }
        if let subcommand { fields.append(("subcommand", .string(subcommand))) }
        if !parameters.isEmpty {
            fields.append(("parameters", .array(parameters.map { parameter in
                .object([("name", .string(parameter.name)), ("value", parameter.value.map(JSONValue.string) ?? .null)])
            })))
        }
        if !inputs.isEmpty {
            fields.append(("inputs", .array(inputs.map { input in
                .object([("name", .string(input.name)), ("file", .string(input.file))])
            })))
        }
        if !files.isEmpty {
            fields.append(("files", .array(files.map { file in
                .object([("path", .string(file.path)), ("bytes", .integer(Int64(file.bytes))),
                         ("sha256", .string(file.sha256)), ("preset", file.preset.map(JSONValue.string) ?? .null)])
            })))
        }
        if let finding {
            var parts: [(String, JSONValue)] = [("kind", .string(finding.kind.rawValue))]
            if let sentence = finding.sentence {
                parts.append(("sentence", .object([("de", .string(sentence.de)), ("en", .string(sentence.en))])))
            }
            fields.append(("finding", .object(parts)))
        }
        if let time { fields.append(("time", .string(time))) }
        if let run { fields.append(("run", .integer(Int64(run)))) }
        return .object(fields)
    }

    /// The origin as key–value pairs, the command line first: `command`, `parameter.NAME` (a switch without value as
    /// `yes`), `input` (`NAME @ FILE`), `file`, `file.bytes`, `file.sha256`, `file.preset`, `finding`, `sentence.en`,
    /// `sentence.de`, `time`, `run`.
    var pairs: [(String, String)] {
        var pairs: [(String, String)] = []
        if let command { pairs.append(("command", command)) }
        pairs += parameters.map { ("parameter." + $0.name, $0.value ?? "yes") }
        pairs += inputs.map { ("input", "\($0.name) @ \($0.file)") }
        for file in files {
            pairs += [("file", file.path), ("file.bytes", String(file.bytes)), ("file.sha256", file.sha256)]
            if let preset = file.preset { pairs.append(("file.preset", preset)) }
        }
        if let finding {
            pairs.append(("finding", finding.kind.rawValue))
            if let sentence = finding.sentence { pairs += [("sentence.en", sentence.en), ("sentence.de", sentence.de)] }
        }
        if let time { pairs.append(("time", time)) }
        if let run { pairs.append(("run", String(run))) }
        return pairs
    }
}
