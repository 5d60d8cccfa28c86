/// The rules for dataset names: a letter first, then letters, digits, `_` or `-`, at most 64 characters.
public enum DatasetName {
    /// Whether a name may name a dataset.
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter, name.count <= 64 else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// A valid name made from any text, such as a file's base name.
    public static func from(_ text: String) -> String {
        var name = String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.prefix(64))
        if !(name.first?.isLetter ?? false) { name = "d_" + name }
        return String(name.prefix(64))
    }
}

/// Messages about dataset names.
extension Words {
    /// A name that breaks the rules for dataset names.
    public static func badDatasetName(_ name: String) -> Message {
        Message(en: "'\(name)' cannot name a dataset (start with a letter; letters, digits, _ and - only)",
                de: "'\(name)' taugt nicht als Datensatzname (mit Buchstaben beginnen; nur Buchstaben, Ziffern, _ und -)")
    }
}
