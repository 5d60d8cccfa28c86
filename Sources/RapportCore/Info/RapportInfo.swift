/// Facts about this build of rapport.
public enum RapportInfo {
    /// The version `--version` prints and exports record.
    public static let version = "0.1.0"
}
