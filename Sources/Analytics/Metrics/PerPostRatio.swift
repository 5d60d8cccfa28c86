import RapportCore

/// Per-post values divided by the column playing a role; missing where that column is missing or not above 0.
public struct PerPostRatio: Sendable {
    /// Per post, numerator / denominator, NaN where the denominator is missing or not above 0.
    public let values: [Double]
    /// The denominator of every post (NaN where missing).
    public let denominators: [Double]
    /// Which column was divided by and that posts without it were left out.
    public let note: Message

    /// Divides `numerators` by the column of the request's dataset playing `role`; an error naming the role when
    /// no column plays it or when it does not hold numbers.
    public init(_ numerators: [Double], over role: String, request: MetricRequest, metric: String) throws {
        let column = try request.column(role: role, for: metric)
        guard let numbers = column.data.numbersOrNaN else {
            throw RapportError(Words.roleNotNumeric(role, column: column.name, dataset: request.dataset.name))
        }
        var values = numerators
        for row in values.indices {
            values[row] = numbers[row] > 0 ? numerators[row] / numbers[row] : .nan
        }
        self.values = values
        denominators = numbers
        note = Words.usedDenominator(role, column: column.name)
    }
}
