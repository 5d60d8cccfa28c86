import ArgumentParser
import Foundation
import ImportModule
import RapportCore
import RapportModules
import RapportShell

/// The `rapport` process: reads the flags, opens the workspace, wires the modules and starts the shell.
@main
struct RapportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: Words.processAbstract.text(helpLanguage),
        discussion: Words.processDiscussion.text(helpLanguage),
        version: RapportInfo.version
    )

    @Option(name: .long, help: ArgumentHelp(Words.workspaceFlagHelp.text(helpLanguage)),
            completion: .directory)
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(Words.scriptFlagHelp.text(helpLanguage)),
            completion: .file(extensions: ["rap"]))
    var script: String?

    @Option(name: .customShort("c"), help: ArgumentHelp(Words.commandsFlagHelp.text(helpLanguage)))
    var commands: String?

    @Option(name: .long, help: ArgumentHelp(Words.defineFlagHelp.text(helpLanguage)))
    var define: [String] = []

    @ArgumentParser.Flag(name: .long, help: ArgumentHelp(Words.keepGoingFlagHelp.text(helpLanguage)))
    var keepGoing = false

    @ArgumentParser.Flag(name: .long, help: ArgumentHelp(Words.jsonFlagHelp.text(helpLanguage)))
    var json = false

    @Option(name: .long, help: ArgumentHelp(Words.outputFlagHelp.text(helpLanguage), valueName: "format"))
    var output: OutputMode?

    @Option(name: .long, help: ArgumentHelp(Words.colorFlagHelp.text(helpLanguage)))
    var color: ColorMode?

    @Option(name: .long, help: ArgumentHelp(Words.langFlagHelp.text(helpLanguage)))
    var lang: Language?

    @ArgumentParser.Flag(name: .long, help: ArgumentHelp(Words.noInitFlagHelp.text(helpLanguage)))
    var noInit = false

    @ArgumentParser.Flag(name: .long, help: ArgumentHelp(Words.stepFlagHelp.text(helpLanguage)))
    var step = false

    @ArgumentParser.Flag(name: .customShort("V"), help: ArgumentHelp(Words.shortVersionFlagHelp.text(helpLanguage)))
    var showsVersion = false

    @ArgumentParser.Flag(name: .long, help: .hidden)
    var generateManual = false

    /// Parses the flags and runs; bad process arguments end with status 2 (not ArgumentParser's 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardStream.error.write(message + "\n") }
            Foundation.exit(2)
        }
    }

    /// Answers `-V` and `--generate-manual`; refuses `--script` with `-c`, `--json` with another `--output` and a
    /// `--define` that is not NAME=VALUE, in the language of the session to come.
    func validate() throws {
        if showsVersion { throw CleanExit.message(RapportInfo.version) }
        if generateManual { throw CleanExit.message(ManualPage.text(registry: Registry(BuiltinModules.commands))) }
        let language = lang ?? Self.environmentLanguage(ProcessInfo.processInfo.environment)
        if script != nil && commands != nil { throw ValidationError(Words.scriptWithCommands.text(language)) }
        if json, let output, output != .json { throw ValidationError(Words.jsonWithOutput(output.rawValue).text(language)) }
        for definition in define where Self.split(definition) == nil {
            throw ValidationError(Words.badDefinition(definition).text(language))
        }
    }

    /// Opens the workspace and runs the session; its exit status ends the process.
    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var options = SessionOptions()
        options.output = json ? .json : output
        options.keepGoing = keepGoing
        options.language = lang
        options.colorMode = color?.rawValue
        options.step = step
        options.environmentLanguage = Self.environmentLanguage(environment)
        let console = Console.standard(colorMode: color?.rawValue ?? "auto")
        let directory = WorkspaceLocation.resolve(flag: workspace, environment: environment)
        let status = Launcher(options: options, console: console, directory: directory, registry: BuiltinModules.registry(),
                              variables: Dictionary(define.compactMap(Self.split), uniquingKeysWith: { $1 }),
                              script: script, commands: commands,
                              initFile: noInit ? nil : WorkspaceLocation.initFile(environment: environment)).run()
        throw ExitCode(status)
    }

    /// The language of `--help`: the process's locale, as the flags are not read yet.
    static let helpLanguage = environmentLanguage(ProcessInfo.processInfo.environment)

    /// The language the locale variables ask for (LC_ALL, then LC_MESSAGES, then LANG).
    private static func environmentLanguage(_ environment: [String: String]) -> Language {
        Language.fromLocale(environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"])
    }

    /// NAME and VALUE of a `--define NAME=VALUE`; nil when there is no `=` or NAME is not a variable name.
    private static func split(_ definition: String) -> (String, String)? {
        guard let equals = definition.firstIndex(of: "="), VariableExpander.isName(String(definition[..<equals])) else {
            return nil
        }
        return (String(definition[..<equals]), String(definition[definition.index(after: equals)...]))
    }
}

/// The colour modes `--color` takes.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

extension Language: ExpressibleByArgument {}

/// `--output FORMAT`: a mode's name, or `markdown` for md; completion offers every word.
extension OutputMode: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(word: argument)
    }

    public static var allValueStrings: [String] { words }
}
