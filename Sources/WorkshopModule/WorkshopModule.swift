import RapportCore

/// The workshop module: the guided tour through the ideas rapport measures.
public enum WorkshopModule {
    /// The module's commands, in help order.
    public static let commands: [Command] = [TourCommand.command]
}
