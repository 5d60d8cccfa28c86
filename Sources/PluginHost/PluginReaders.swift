import RapportCore

/// The plugin protocol's readers of outside input, open to the fuzz targets (FuzzTesting/) and the replay of their
/// kept inputs: they read a plugin's answer line as a conversation does.
public enum PluginReaders {
    /// Reads `line` as a plugin's answer: JSON, then as a `describe` answer (each command signature, with its examples
    /// parsed against it) and as a `run` answer (the result); returns how many of the two readings it passed.
    public static func passedReadings(ofAnswer line: String) throws -> Int {
        let answer = try JSONValueReader.value(of: line)
        var passed = 0
        if let signatures = answer["commands"]?.arrayValue,
           let specs = try? signatures.map({ try CommandSignature.spec(from: $0, plugin: "fuzz") }) {
            let registry = Registry(specs.map { spec in BuiltinCommand(spec) { _, _ in .message("", []) } })
            for spec in specs {
                _ = spec.usage()
                for example in spec.examples {
                    _ = try? InvocationParser.parse(example, tokens: try Lexer.words(example), registry: registry)
                }
            }
            passed += 1
        }
        if (try? PluginResult(answer, plugin: "fuzz")) != nil { passed += 1 }
        return passed
    }
}
