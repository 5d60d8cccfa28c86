/// A command the shell can run: built-in modules and external plugins both provide these.
public protocol Command: Sendable {
    /// What the registry, help and completion know about it.
    var spec: CommandSpec { get }

    /// Runs the command; throws a `RapportError` the user can act on.
    func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult
}

/// A command made of a specification and a closure, the usual way built-ins are written.
public struct BuiltinCommand: Command {
    /// What the registry, help and completion know about it.
    public let spec: CommandSpec
    private let body: @Sendable (Invocation, CommandContext) throws -> CommandResult

    /// A command from its specification and what it does.
    public init(_ spec: CommandSpec, run body: @escaping @Sendable (Invocation, CommandContext) throws -> CommandResult) {
        self.spec = spec
        self.body = body
    }

    /// Runs the closure the command was made with.
    public func run(_ invocation: Invocation, in context: CommandContext) throws -> CommandResult {
        try body(invocation, context)
    }
}
