/// Why a classifier could not be fitted, applied or cross-validated.
public enum ClassifierFailure: Error, Equatable, Sendable {
    /// There are no rows, or not one label per row.
    case rowsAndLabelsDiffer
    /// The row (0-based) has another number of features than the model or the first row.
    case unevenRow(row: Int)
    /// The row holds an infinite or NaN value in the feature (0-based); missing values are nil.
    case nonFiniteValue(row: Int, feature: Int)
    /// All training labels are the same, so there is nothing to tell apart.
    case singleClass
    /// The training rows of a fold (0-based) hold only one class.
    case singleClassInFold(fold: Int)
    /// The folds are not one number in 0..<K per row with every fold used.
    case invalidFolds
    /// The inverse regularisation strength C is not a positive finite number.
    case invalidRegularisation
    /// Newton's method did not reach its tolerance (only for pathological data).
    case didNotConverge
}
