import Foundation

/// A binary logistic regression with an L2 penalty on the coefficients and none on the intercept, fitted exactly by
/// Newton's method (like sklearn's LogisticRegression(C=C, solver='newton-cholesky') run to convergence).
public struct LogisticRegression: Sendable, Equatable {
    /// One weight per feature, on the log-odds of the positive class.
    public let coefficients: [Double]
    /// The log-odds of the positive class where every feature is 0.
    public let intercept: Double

    /// A stored model.
    public init(coefficients: [Double], intercept: Double) {
        self.coefficients = coefficients
        self.intercept = intercept
    }

    /// exp(coefficient) per feature: the factor on the odds per unit of the feature (per standard deviation when the
    /// features are standardised).
    public var oddsRatios: [Double] { coefficients.map { Foundation.exp($0) } }

    /// The probability of the positive class for a row; nil when its width is not the coefficients'.
    public func probability(_ row: [Double]) -> Double? {
        guard row.count == coefficients.count else { return nil }
        return Self.sigmoid(zip(row, coefficients).reduce(intercept) { $0 + $1.0 * $1.1 })
    }

    /// Minimises C·Σᵢ [log(1 + e^zᵢ) − yᵢ·zᵢ] + ½·‖w‖², zᵢ = w·xᵢ + b, over the coefficients w and the intercept b.
    ///
    /// Newton's method from zero: each step solves H·d = −g by Cholesky (H = C·Σ pᵢ(1 − pᵢ)·x̃ᵢx̃ᵢᵀ plus 1 on the
    /// coefficients' diagonal, x̃ = (x, 1)), then halves the step until the objective falls by at least 10⁻⁴ of the
    /// decrease it predicts (Armijo), taking the full step once that decrease is below 10⁻¹² of the objective
    /// (where rounding hides it). It stops when a step moves no parameter by more than 10⁻¹⁰·(1 + the largest
    /// parameter); by then the error is far below 10⁻¹⁰, as Newton's method converges quadratically. Throws when
    /// there are no rows or not one label each, widths differ, a value is not finite, C is not positive and finite,
    /// all labels are equal, or 100 steps do not converge.
    public static func fit(rows: [[Double]], labels: [Bool], inverseRegularisation: Double) throws(ClassifierFailure)
        -> LogisticRegression {
        guard !rows.isEmpty, rows.count == labels.count else { throw .rowsAndLabelsDiffer }
        guard inverseRegularisation.isFinite, inverseRegularisation > 0 else { throw .invalidRegularisation }
        let width = rows[0].count
        try FeatureRows.check(rows, width: width) { $0 }
        guard labels.contains(true), labels.contains(false) else { throw .singleClass }
        let problem = Problem(rows: rows, targets: labels.map { $0 ? 1 : 0 }, strength: inverseRegularisation,
                              width: width)
        var parameters = [Double](repeating: 0, count: width + 1)
        var value = problem.objective(parameters)
        for _ in 0..<100 {
            let (gradient, hessian) = problem.derivatives(parameters)
            guard let step = Cholesky.solve(hessian, gradient.map { -$0 }) else { throw .didNotConverge }
            let predictedDecrease = -zip(gradient, step).reduce(0) { $0 + $1.0 * $1.1 }
            guard predictedDecrease.isFinite, predictedDecrease >= 0 else { throw .didNotConverge }
            var fraction = 1.0
            var accepted: (parameters: [Double], value: Double)?
            while fraction >= 0x1p-40, accepted == nil {
                let candidate = zip(parameters, step).map { $0 + fraction * $1 }
                let candidateValue = problem.objective(candidate)
                let sufficient = candidateValue <= value - 1e-4 * fraction * predictedDecrease
                let belowRounding = fraction == 1 && predictedDecrease <= 1e-12 * max(1, abs(value))
                if candidateValue.isFinite, sufficient || belowRounding { accepted = (candidate, candidateValue) }
                fraction /= 2
            }
            guard let accepted else { throw .didNotConverge }
            let change = zip(accepted.parameters, parameters).map { abs($0 - $1) }.max() ?? 0
            let size = accepted.parameters.map(abs).max() ?? 0
            (parameters, value) = accepted
            if change <= 1e-10 * (1 + size) {
                return LogisticRegression(coefficients: Array(parameters[..<width]), intercept: parameters[width])
            }
        }
        throw .didNotConverge
    }

    /// 1/(1 + e^−z), computed without overflow.
    static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + Foundation.exp(-z)) }
        let power = Foundation.exp(z)
        return power / (1 + power)
    }

    /// The penalised log-loss of one data set, with its gradient and Hessian; parameters are (w, b).
    private struct Problem {
        /// The feature rows.
        let rows: [[Double]]
        /// 1 for a positive label, 0 for a negative one.
        let targets: [Double]
        /// C, the weight of the log-loss against the penalty.
        let strength: Double
        /// The number of features.
        let width: Int

        /// w·x + b.
        func linear(_ parameters: [Double], _ row: [Double]) -> Double {
            var sum = parameters[width]
            for feature in 0..<width { sum += parameters[feature] * row[feature] }
            return sum
        }

        /// C·Σ [log(1 + e^z) − y·z] + ½‖w‖².
        func objective(_ parameters: [Double]) -> Double {
            var loss = 0.0
            for (row, target) in zip(rows, targets) {
                let z = linear(parameters, row)
                loss += max(z, 0) + Foundation.log1p(Foundation.exp(-abs(z))) - target * z
            }
            let penalty = parameters[..<width].reduce(0) { $0 + $1 * $1 }
            return strength * loss + 0.5 * penalty
        }

        /// The gradient and the (full, symmetric) Hessian of the objective.
        func derivatives(_ parameters: [Double]) -> (gradient: [Double], hessian: [[Double]]) {
            let size = width + 1
            var gradient = [Double](repeating: 0, count: size)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
            for (row, target) in zip(rows, targets) {
                let probability = LogisticRegression.sigmoid(linear(parameters, row))
                let residual = probability - target
                let weight = probability * (1 - probability)
                for a in 0..<size {
                    let xa = a < width ? row[a] : 1
                    gradient[a] += residual * xa
                    for b in 0...a { hessian[a][b] += weight * xa * (b < width ? row[b] : 1) }
                }
            }
            for a in 0..<size {
                gradient[a] *= strength
                for b in 0...a {
                    hessian[a][b] *= strength
                    hessian[b][a] = hessian[a][b]
                }
                if a < width {
                    gradient[a] += parameters[a]
                    hessian[a][a] += 1
                }
            }
            return (gradient, hessian)
        }
    }
}
