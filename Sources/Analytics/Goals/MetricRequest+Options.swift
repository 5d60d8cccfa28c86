import RapportCore

extension MetricRequest {
    /// The one way commands ask for a metric (`score`, `goal`, the report's goal check, `compare`): the options the
    /// command line chose, everything else from the workspace's settings and the session's language.
    public init(dataset: Dataset, groupColumns: [Int] = [], options: MetricOptions, context: CommandContext) {
        let settings = context.workspace.settings
        self.init(dataset: dataset, groupColumns: groupColumns, denominator: options.denominator,
                  weighted: options.weighted, perPostUnit: options.perPostUnit, seed: settings.seed,
                  resamples: settings.resamples, companyNames: options.companyNames ?? settings.companyNames,
                  asOf: options.asOf, timeZone: settings.timeZone, stageThresholds: StageThresholds(settings: settings),
                  language: context.language, currency: settings["currency"],
                  checkpoint: { try context.checkInterrupted() })
    }
}
