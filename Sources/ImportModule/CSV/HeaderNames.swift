/// Makes header names usable: an empty name becomes `column_N`, a repeated one gets `_2`, `_3` ….
enum HeaderNames {
    /// The unique names, and which columns were renamed.
    static func unique(_ names: [String]) -> (names: [String], renamed: [RenamedColumn]) {
        var taken = Set(names.filter { !$0.isEmpty })
        var seen: Set<String> = []
        var result: [String] = []
        var renamed: [RenamedColumn] = []
        for (index, name) in names.enumerated() {
            if !name.isEmpty && seen.insert(name).inserted {
                result.append(name)
                continue
            }
            let stem = name.isEmpty ? "column_\(index + 1)" : name
            var suffix = name.isEmpty ? 1 : 2
            var candidate = name.isEmpty ? stem : "\(stem)_2"
            while taken.contains(candidate) {
                suffix += 1
                candidate = "\(stem)_\(suffix)"
            }
            taken.insert(candidate)
            result.append(candidate)
            renamed.append(RenamedColumn(index: index, original: name, name: candidate))
        }
        return (result, renamed)
    }
}
