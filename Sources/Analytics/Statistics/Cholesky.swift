/// Solving A·x = b for a small dense symmetric positive definite A through its Cholesky factor A = L·Lᵀ.
enum Cholesky {
    /// x, reading only the lower triangle of A; nil when A is not numerically positive definite or sizes differ.
    static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double]? {
        let n = rhs.count
        guard matrix.count == n, matrix.allSatisfy({ $0.count == n }) else { return nil }
        var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for j in 0..<n {
            var diagonal = matrix[j][j]
            for k in 0..<j { diagonal -= lower[j][k] * lower[j][k] }
            guard diagonal > 0, diagonal.isFinite else { return nil }
            lower[j][j] = diagonal.squareRoot()
            for i in (j + 1)..<n {
                var sum = matrix[i][j]
                for k in 0..<j { sum -= lower[i][k] * lower[j][k] }
                lower[i][j] = sum / lower[j][j]
            }
        }
        var solution = rhs
        for i in 0..<n {
            for k in 0..<i { solution[i] -= lower[i][k] * solution[k] }
            solution[i] /= lower[i][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<n { solution[i] -= lower[k][i] * solution[k] }
            solution[i] /= lower[i][i]
        }
        return solution
    }
}
