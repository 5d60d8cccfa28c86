import RapportCore

/// The engagement rate of every post: interactions / the chosen denominator (followers unless `--denominator` says otherwise).
public struct PostEngagementRates: Sendable {
    /// Per post, the rate; NaN where interactions or the denominator are missing, or the denominator is 0.
    public let values: [Double]
    /// Which interactions were counted and what they were divided by.
    public let notes: [Message]

    /// The rates of the request's dataset, as `engagement-rate` computes them; errors name the missing roles.
    public init(_ request: MetricRequest, metric: String) throws {
        let interactions = try PostInteractions(request.dataset, weighted: request.weighted, metric: metric)
        let role = (request.denominator ?? .followers).role
        let ratio = try PerPostRatio(interactions.values, over: role, request: request, metric: metric)
        values = ratio.values
        notes = [Words.countedInteractions(interactions.countedColumns, weighted: request.weighted), ratio.note]
    }
}
