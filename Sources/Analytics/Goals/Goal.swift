import Foundation
import RapportCore

/// A target for a metric on a dataset, such as the median engagement rate of person posts staying at 3 % or more.
public struct Goal: Codable, Equatable {
    /// How the actual value must relate to the target.
    public enum Comparison: String, Codable, CaseIterable {
        case atLeast = ">=", atMost = "<=", above = ">", below = "<", equal = "=="

        /// Whether an actual value meets a target.
        public func holds(_ actual: Double, _ target: Double) -> Bool {
            switch self {
            case .atLeast: return actual >= target
            case .atMost: return actual <= target
            case .above: return actual > target
            case .below: return actual < target
            case .equal: return abs(actual - target) <= 1e-9 * max(1, abs(target))
            }
        }
    }

    /// The dataset the metric is computed on.
    public var dataset: String
    /// The metric's command name.
    public var metric: String
    /// The comparison.
    public var comparison: Comparison
    /// The target value (rates as fractions).
    public var target: Double
    /// The columns to group by; each group is checked on its own.
    public var groupBy: [String]
    /// The `where` condition's text, if any.
    public var condition: String?
    /// The options the metric is computed with.
    public var options: MetricOptions

    /// The goal as the document the workspace stores.
    public var document: JSONDocument {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return JSONDocument(String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self))
    }

    /// A goal read back from its stored document, nil when the document is not one.
    public init?(document: JSONDocument) {
        guard let goal = try? JSONDecoder().decode(Goal.self, from: Data(document.text.utf8)) else { return nil }
        self = goal
    }

    /// A goal from its parts.
    public init(dataset: String, metric: String, comparison: Comparison, target: Double, groupBy: [String], condition: String?,
         options: MetricOptions) {
        self.dataset = dataset
        self.metric = metric
        self.comparison = comparison
        self.target = target
        self.groupBy = groupBy
        self.condition = condition
        self.options = options
    }

    /// A target as typed: `3%`, `3,5%`, `0.03` or `0,03`; nil when it is not a number.
    public static func target(from text: String) -> Double? {
        PercentNumber.parse(text)
    }
}
