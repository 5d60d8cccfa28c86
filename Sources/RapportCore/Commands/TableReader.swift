/// Reads a table file for a command of another module than the one that knows the formats (`survey import` reads
/// with the import module's readers, which it does not depend on); the import module registers one in the `Registry`.
public protocol TableReader: Sendable {
    /// The columns of the file at `path`, in any format `import` reads (told by its extension, with its defaults),
    /// and the record of the file for the origin of what is stored from it.
    func read(_ path: String, in context: CommandContext) throws -> (columns: [Column], file: SourceFile)
}
