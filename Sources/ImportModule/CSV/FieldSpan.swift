/// Where one field's content lies in the buffer, and whether doubled quotes in it must be undone.
struct FieldSpan {
    /// Offset of the first content byte (after an opening quote).
    var start: Int
    /// Offset just past the last content byte (before a closing quote).
    var end: Int
    /// Whether the field was quoted and holds `""` pairs.
    var escaped: Bool
}
