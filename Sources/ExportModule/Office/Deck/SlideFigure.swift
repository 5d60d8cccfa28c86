/// A key figure: a value in large type with its label under it, such as `4.2 %` over "median engagement rate".
struct SlideFigure {
    /// The value as shown.
    var value: String
    /// What it is.
    var label: String
}
