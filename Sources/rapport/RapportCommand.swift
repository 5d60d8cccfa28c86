import ArgumentParser
import Foundation
import ImportModule
import RapportCore
import RapportShell

/// The `rapport` process: reads the flags, opens the workspace, wires the modules and starts the shell.
@main
struct RapportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "An interactive shell for measuring how companies relate to their customers on social platforms.",
        discussion: """
        Without --script or -c, rapport reads commands from the terminal (with line editing) or, when standard \
        input is not a terminal, from standard input. Exit statuses: 0 all commands succeeded, 1 a command failed, \
        2 bad process arguments, 130 interrupted.
        """,
        version: RapportInfo.version
    )

    @Option(name: .long, help: "The workspace directory (default: $RAPPORT_WORKSPACE, else $XDG_DATA_HOME/rapport/workspaces/default).")
    var workspace: String?

    @Option(name: .long, help: "Run the commands of this script file, then exit.")
    var script: String?

    @Option(name: .customShort("c"), help: "Run these commands (separated by ';'), then exit.")
    var commands: String?

    @Option(name: .long, help: "Define a script variable for $NAME (repeatable).")
    var define: [String] = []

    @ArgumentParser.Flag(name: .long, help: "In scripts, go on after a failing command (the exit status is still 1).")
    var keepGoing = false

    @ArgumentParser.Flag(name: .long, help: "Print each result as one JSON document per line.")
    var json = false

    @Option(name: .long, help: "Colour: auto, always or never.")
    var color: ColorMode?

    @Option(name: .long, help: "Language of messages and tables.")
    var lang: Language?

    @ArgumentParser.Flag(name: .long, help: "Do not run the init file ($XDG_CONFIG_HOME/rapport/init).")
    var noInit = false

    @ArgumentParser.Flag(name: .long, help: "Wait for Enter before each script line (when a terminal is attached).")
    var step = false

    /// Parses the flags and runs; bad process arguments end with status 2 (not ArgumentParser's 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }

    /// Refuses `--script` with `-c` and a `--define` that is not NAME=VALUE, in the language of the session to come.
    func validate() throws {
        let language = lang ?? Self.environmentLanguage(ProcessInfo.processInfo.environment)
        if script != nil && commands != nil { throw ValidationError(Words.scriptWithCommands.text(language)) }
        for definition in define where Self.split(definition) == nil {
            throw ValidationError(Words.badDefinition(definition).text(language))
        }
    }

    /// Opens the workspace and runs the session; its exit status ends the process.
    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var options = SessionOptions()
        options.json = json
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
enum ColorMode: String, ExpressibleByArgument {
    case auto, always, never
}

extension Language: ExpressibleByArgument {}
