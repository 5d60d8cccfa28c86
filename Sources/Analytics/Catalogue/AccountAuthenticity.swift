import Foundation
import RapportCore

/// Audience authenticity of accounts: engagement implausibly low for the account's size, from log rate against log followers.
///
/// Per account: its posts' median engagement rate by followers and median follower count, or, on an accounts table,
/// its `engagement_rate` and `followers` (as account rankings list them). One least-squares line
/// of log(rate) on log(followers) with its own level for every platform and voice cell (a common slope; cells of
/// fewer than 5 accounts pooled as `CellPooling` says); an account whose residual lies below −2 robust residual
/// standard deviations (1.4826 × MAD, so that the outliers it looks for do not hide themselves by widening the
/// scale, times √(n / (n − p)) for the n accounts and p parameters fitted) is flagged. Rows come sorted by z.
public struct AccountAuthenticity: Metric {
    /// `authenticity`.
    public let name = "authenticity"
    /// One line on what it measures.
    public let summary = Words.authenticitySummary
    /// What `explain authenticity` prints.
    public let explanation = Words.authenticityExplanation
    /// A standardised residual, not a share.
    public let isRate = false
    /// The `score` flags it reads.
    public let options: Set<MetricOption> = [.weighted]
    /// How many residual standard deviations below the line flag an account.
    public static let flagBelow = -2.0

    /// One row per account: platform, voice, posts, followers, median rate, expected rate, z and whether flagged.
    public func evaluate(_ request: MetricRequest) throws -> MetricOutcome {
        let dataset = request.dataset
        _ = try request.column(role: .account, for: name)
        let rates = try Self.rates(request)
        let followers = try request.numbers(role: .followers, for: name).values
        let listsAccounts = dataset.column(role: Self.accountRateRole) != nil
        let accountPosts = listsAccounts ? dataset.column(role: .posts)?.data.numbersOrNaN : nil
        let cellColumns = [ColumnRole.platform, .voice].compactMap { dataset.columnIndex(ofRole: $0) }
        let accounts = RowGroups(dataset, by: [ColumnRole.account, .platform, .voice].compactMap {
            dataset.columnIndex(ofRole: $0)
        })
        var medianRates: [Double] = [], medianFollowers: [Double] = [], postCounts: [Int64?] = []
        for rows in accounts.rows {
            try request.checkpoint()
            let present = rows.filter { !rates.values[$0].isNaN }
            if listsAccounts {
                postCounts.append(accountPosts.flatMap { posts in rows.first.map { posts[$0] } }.flatMap { Int64(exactly: $0.rounded()) })
            } else {
                postCounts.append(Int64(present.count))
            }
            medianRates.append(Quantile.median(present.map { rates.values[$0] }) ?? .nan)
            medianFollowers.append(Quantile.median(present.map { followers[$0] }) ?? .nan)
        }
        // Without a platform or voice column every account is in the one cell (an empty dataset would have no rows).
        let cellKeys = Dataset(name: "cells", columns: Array(accounts.keys.dropFirst()))
        let cellOfAccount = cellColumns.isEmpty ? [Int](repeating: 0, count: accounts.count)
            : RowGroups(cellKeys, by: Array(0..<cellColumns.count)).groupOfRow
        let platformOfAccount = dataset.columnIndex(ofRole: .platform) == nil ? nil
            : RowGroups(cellKeys, by: [0]).groupOfRow
        let logFollowers = medianFollowers.map(Self.logOrNaN), logRates = medianRates.map(Self.logOrNaN)
        let usable = logFollowers.indices.map { !logFollowers[$0].isNaN && !logRates[$0].isNaN }
        let pools = CellPooling.assign(cells: cellOfAccount, platforms: platformOfAccount, usable: usable)
        var cellSizes: [Int: Int] = [:]
        for index in cellOfAccount.indices where usable[index] { cellSizes[cellOfAccount[index], default: 0] += 1 }
        let pooledCount = cellOfAccount.indices.filter {
            usable[$0] && cellSizes[cellOfAccount[$0], default: 0] < CellPooling.minimum
        }.count
        let fit = CellLevelsFit(x: logFollowers.indices.map { pools[$0] == nil ? .nan : logFollowers[$0] },
                                y: logRates, cells: pools.map { $0 ?? -1 })
        var expected: [Double] = [], z: [Double] = [], flagged: [Cell] = []
        for index in medianRates.indices {
            let prediction = fit.prediction(at: index)
            expected.append(exp(prediction))
            let standardised = fit.residualDeviation > 0 ? (Self.logOrNaN(medianRates[index]) - prediction) / fit.residualDeviation : .nan
            z.append(standardised)
            flagged.append(standardised.isNaN ? .missing : .boolean(standardised < Self.flagBelow))
        }
        var notes = rates.notes + [Words.authenticityFit(accounts: fit.used, cells: fit.cellCount, slope: fit.slope)]
        if cellColumns.isEmpty { notes.append(Words.authenticityOneCell(dataset.name)) }
        if pooledCount > 0 && !cellColumns.isEmpty { notes.append(Words.authenticityPooled(pooledCount)) }
        if listsAccounts && request.weighted { notes.append(Words.weightedNotForListedRates) }
        if fit.used < accounts.count { notes.append(Words.authenticityUnjudged(accounts.count - fit.used)) }
        notes.append(Words.indicatorsNotProof)
        let columns = accounts.keys + [
            Column.integer("posts", postCounts), Column.decimal("followers", nanAsMissing: medianFollowers),
            Column.decimal("median_rate", nanAsMissing: medianRates, role: .rate),
            Column.decimal("expected_rate", nanAsMissing: expected, role: .rate),
            Column.decimal("z", nanAsMissing: z), Column(name: "flagged", data: .from(cells: flagged, as: .boolean)),
        ]
        // Most suspicious first: ascending z, the unjudged last, ties in account order.
        let order = z.indices.sorted { a, b in
            switch (z[a].isNaN, z[b].isNaN) {
            case (false, true): return true
            case (true, false): return false
            case (true, true): return a < b
            case (false, false): return z[a] < z[b] || (z[a] == z[b] && a < b)
            }
        }
        let sorted = columns.map { Column(name: $0.name, role: $0.role, data: $0.data.gathering(order)) }
        return MetricOutcome(columns: sorted, notes: notes, headline: "z", keyCount: accounts.keys.count)
    }

    /// The role of an accounts table's engagement rate (a fraction, as `1.39%` imports).
    public static let accountRateRole = ColumnRole.engagementRate

    /// Each row's engagement rate: an accounts table's `engagement_rate`, else the posts' engagement rate by followers.
    static func rates(_ request: MetricRequest) throws -> (values: [Double], notes: [Message]) {
        if let column = request.dataset.column(role: accountRateRole) {
            guard let values = column.data.numbersOrNaN else {
                throw RapportError(Words.roleNotNumeric(accountRateRole, column: column.name, dataset: request.dataset.name))
            }
            return (values, [Words.usedColumn(accountRateRole, column: column.name)])
        }
        guard PostInteractions.parts.contains(where: { request.dataset.column(role: $0.role) != nil }) else {
            throw RapportError(Words.authenticityNeedsEngagement(request.dataset.name))
        }
        let rates = try RateMetric.engagementRate.values(MetricRequest(dataset: request.dataset, weighted: request.weighted))
        return (rates.values, rates.notes)
    }

    /// The natural logarithm of a positive number, NaN otherwise.
    private static func logOrNaN(_ value: Double) -> Double {
        value > 0 ? log(value) : .nan
    }
}

/// Least squares of y on x with one common slope and a level of its own for each cell (the within estimator).
struct CellLevelsFit {
    /// The common slope.
    let slope: Double
    /// The robust residual standard deviation: 1.4826 × the median absolute deviation of the residuals, times
    /// √(n / (n − p)) for the n points and p parameters (slope and levels) fitted, as the residual standard deviation
    /// divides by n − p: residuals vary less than the errors they estimate.
    let residualDeviation: Double
    /// How many points had both values and a cell with at least two of them.
    let used: Int
    /// How many cells took part.
    let cellCount: Int
    private let meanX: [Int: Double], meanY: [Int: Double], x: [Double], cells: [Int]

    /// The fit over points whose x and y are numbers; cells with fewer than two points are left out.
    init(x: [Double], y: [Double], cells: [Int]) {
        var sums: [Int: (x: Double, y: Double, n: Int)] = [:]
        for index in x.indices where !x[index].isNaN && !y[index].isNaN {
            let sum = sums[cells[index], default: (0, 0, 0)]
            sums[cells[index]] = (sum.x + x[index], sum.y + y[index], sum.n + 1)
        }
        let kept = sums.filter { $0.value.n >= 2 }
        let meanX = kept.mapValues { $0.x / Double($0.n) }, meanY = kept.mapValues { $0.y / Double($0.n) }
        var sxy = 0.0, sxx = 0.0, used = 0
        for index in x.indices where !x[index].isNaN && !y[index].isNaN {
            guard let mx = meanX[cells[index]], let my = meanY[cells[index]] else { continue }
            sxy += (x[index] - mx) * (y[index] - my)
            sxx += (x[index] - mx) * (x[index] - mx)
            used += 1
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        var residuals: [Double] = []
        for index in x.indices where !x[index].isNaN && !y[index].isNaN {
            guard let mx = meanX[cells[index]], let my = meanY[cells[index]] else { continue }
            residuals.append((y[index] - my) - slope * (x[index] - mx))
        }
        let center = Quantile.median(residuals) ?? 0
        let deviation = (Quantile.median(residuals.map { abs($0 - center) }) ?? 0) * 1.482_602_218_505_602
        self.slope = slope
        let parameters = kept.count + 1
        self.residualDeviation = used > parameters
            ? deviation * (Double(used) / Double(used - parameters)).squareRoot() : 0
        self.used = used
        self.cellCount = kept.count
        self.meanX = meanX
        self.meanY = meanY
        self.x = x
        self.cells = cells
    }

    /// The fitted y of a point, NaN when its cell or x took no part.
    func prediction(at index: Int) -> Double {
        guard let mx = meanX[cells[index]], let my = meanY[cells[index]], !x[index].isNaN else { return .nan }
        return my + slope * (x[index] - mx)
    }
}
