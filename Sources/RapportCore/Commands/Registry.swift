/// The commands the shell knows (built-ins in a fixed order, then plugin commands), and the table reader one module
/// offers the others.
public final class Registry {
    /// The commands, in registration order.
    public private(set) var commands: [Command] = []
    /// Plugin commands that a built-in of the same name shadows.
    public private(set) var shadowed: [Command] = []
    /// Reads table files for commands outside the import module; nil when the import module is not loaded.
    public var tableReader: TableReader?

    /// A registry holding the given commands.
    public init(_ commands: [Command] = []) {
        for command in commands { register(command) }
    }

    /// Adds a command; a plugin command whose name a built-in already has is kept aside as shadowed.
    public func register(_ command: Command) {
        if let existing = self.command(named: command.spec.name) {
            if command.spec.isPlugin && !existing.spec.isPlugin {
                shadowed.append(command)
                return
            }
            commands.removeAll { $0.spec.name == command.spec.name }
        }
        commands.append(command)
    }

    /// Removes every plugin command, before plugins are loaded again.
    public func removePluginCommands() {
        commands.removeAll { $0.spec.isPlugin }
        shadowed.removeAll()
    }

    /// The command with this name or alias.
    public func command(named word: String) -> Command? {
        commands.first { $0.spec.name == word } ?? commands.first { $0.spec.aliases.contains(word) }
    }

    /// Every name and alias, for completion and suggestions.
    public var allNames: [String] {
        commands.flatMap { [$0.spec.name] + $0.spec.aliases }
    }

    /// The commands grouped by module, modules in the order they first registered.
    public var byModule: [(module: String, commands: [Command])] {
        var order: [String] = []
        var groups: [String: [Command]] = [:]
        for command in commands {
            if groups[command.spec.module] == nil { order.append(command.spec.module) }
            groups[command.spec.module, default: []].append(command)
        }
        return order.map { ($0, groups[$0, default: []]) }
    }
}
