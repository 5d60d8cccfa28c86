import Foundation
import RapportCore
import XCTest
@testable import PluginHost
import RapportModules

/// The example lines that `help` shows, for every built-in command and subcommand and for the example plugins in
/// plugins/, each parsed by the real parser against the real registry: an example that does not parse is named.
final class CommandExamplesTests: XCTestCase {
    /// The built-in commands and the example plugins' commands, as the shell registers them.
    private static func registry() throws -> Registry {
        let registry = Registry(BuiltinModules.commands)
        for spec in try examplePluginSpecs() {
            registry.register(BuiltinCommand(spec) { _, _ in .empty })
        }
        return registry
    }

    /// The specifications the example plugins in plugins/ describe when asked, as rapport reads them.
    private static func examplePluginSpecs() throws -> [CommandSpec] {
        let folder = RapportProcess.repository.appendingPathComponent("plugins")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var specs: [CommandSpec] = []
        for name in names {
            let manifestFile = folder.appendingPathComponent(name).appendingPathComponent("plugin.json")
            guard FileManager.default.fileExists(atPath: manifestFile.path) else { continue }
            let manifest = try PluginManifest.read(folder: folder.appendingPathComponent(name).path)
            let answer = try PluginConversation(manifest: manifest, timeLimit: 30)
                .ask(.object([("type", .string("describe"))]), expecting: "describe")
            for signature in answer["commands"]?.arrayValue ?? [] {
                specs.append(try CommandSignature.spec(from: signature, plugin: manifest.name))
            }
        }
        return specs
    }

    /// A specification and its subcommands' specifications.
    private static func withSubcommands(_ spec: CommandSpec) -> [CommandSpec] {
        [spec] + spec.subcommands.flatMap(withSubcommands)
    }

    func testEveryExampleOfEveryCommandParses() throws {
        let registry = try Self.registry()
        var parsed = 0
        for spec in registry.commands.map(\.spec).flatMap(Self.withSubcommands) {
            for example in spec.examples {
                do {
                    for statement in Lexer.statements(example) {
                        let tokens = try Lexer.words(statement)
                        _ = try InvocationParser.parse(statement, tokens: tokens, registry: registry)
                    }
                    parsed += 1
                } catch let error as RapportError {
                    XCTFail("the example '\(example)' of \(spec.name) does not parse: \(error.message.en)")
                }
            }
        }
        // Counted in the sources: the built-in specifications list 103 examples, the shell's own commands 23 of them.
        XCTAssertGreaterThanOrEqual(parsed, 103)
        let plugins = try Self.examplePluginSpecs()
        XCTAssertEqual(Set(plugins.map(\.name)), ["buzzwords", "sov"])
        XCTAssertTrue(plugins.allSatisfy { !$0.examples.isEmpty }, "every example plugin shows examples")
    }

    func testEverySpecificationNamesEachArgumentAndFlagOnce() {
        // A key reads its words by its flag's or argument's name, so within one specification a name is one key.
        for spec in BuiltinModules.commands.map(\.spec).flatMap(Self.withSubcommands) {
            XCTAssertEqual(Set(spec.flags.map(\.name)).count, spec.flags.count, "flags of \(spec.name)")
            XCTAssertEqual(Set(spec.positionals.map(\.name)).count, spec.positionals.count, "arguments of \(spec.name)")
        }
    }
}
