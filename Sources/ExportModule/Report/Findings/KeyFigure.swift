/// A key figure across the top of a report: a value in large type over its label (`4,998` over "posts analysed").
struct KeyFigure: Equatable {
    /// The value as shown.
    let value: String
    /// What it is.
    let label: String
}
