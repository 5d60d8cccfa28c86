import RapportCore

/// Dictionary-encoded text that keeps only the pool entries some row uses, in first-use order.
enum CompactText {
    /// The text values of `codes` into `pool` (distinct strings), with unused entries dropped.
    static func values(pool: [String], codes: [UInt32]) -> TextValues {
        var remap = [UInt32](repeating: UInt32.max, count: pool.count)
        var kept: [String] = []
        var compact = [UInt32](repeating: 0, count: codes.count)
        for (row, code) in codes.enumerated() {
            if remap[Int(code)] == UInt32.max {
                remap[Int(code)] = UInt32(kept.count)
                kept.append(pool[Int(code)])
            }
            compact[row] = remap[Int(code)]
        }
        return TextValues(pool: kept, codes: compact)
    }

    /// A text column playing `role` from codes into a pool of distinct strings, no value missing.
    static func column(_ name: String, role: ColumnRole?, pool: [String], codes: [UInt32]) -> Column {
        Column(name: name, role: role, data: .text(values(pool: pool, codes: codes), MissingMask()))
    }
}
