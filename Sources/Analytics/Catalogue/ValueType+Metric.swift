import RapportCore

extension ValueType where Value == any Metric {
    /// A metric of the catalogue, by name: the parser offers and checks the names, and reading yields the metric.
    public static var metric: ValueType<any Metric> {
        ValueType(.choice(MetricCatalogue.names)) { word, _ in
            guard let metric = MetricCatalogue.named(word.text) else {
                throw RapportError(Words.unknownMetric(word.text)
                    .suggesting(Suggestion.closest(to: word.text, among: MetricCatalogue.names)))
            }
            return metric
        }
    }
}
