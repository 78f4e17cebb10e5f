namespace B24Gen;

/// <summary>What one run of <see cref="B24OfflineEvents.ProcessOfflineEventsAsync"/> did with the events it read.</summary>
/// <param name="Handled">Events whose handlers all ran without throwing: cleared from the queue.</param>
/// <param name="Failed">Events a handler threw on, or whose data could not be read: reported with <c>event.offline.error</c>, kept in the portal's failed queue.</param>
/// <param name="Skipped">Events nothing handles (no typed handler, no <see cref="B24EventHandlers.OnUnknown"/>): reported with <c>event.offline.error</c> rather than dropped.</param>
public sealed record B24OfflineRunResult(int Handled, int Failed, int Skipped);
