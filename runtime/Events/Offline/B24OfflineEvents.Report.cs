using System;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Events.Offline;

namespace B24Gen;

public static partial class B24OfflineEvents
{
    /// <summary>
    /// Reports an offline event as failed (<c>event.offline.error</c>): the portal moves it to its failed queue, where
    /// it stays until read with <see cref="B24OfflineEventOptions.ReadFailed"/>; the reading does not clear it and does not
    /// deliver it again. Safe to repeat. When the call fails, the event is not cleared either: it stays reserved and comes
    /// back when its process is resumed.
    /// </summary>
    /// <param name="client">The portal's client.</param>
    /// <param name="event">An event from <see cref="ReadOfflineEventsAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the portal took the report.</returns>
    /// <exception cref="ArgumentException">The event did not come from the offline queue.</exception>
    /// <exception cref="B24Exception">The call failed.</exception>
    public static async Task ReportOfflineErrorAsync(this B24Client client, B24Event @event, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(@event);
        var offline = @event.Offline ?? throw new ArgumentException($"{@event.Code} did not come from the offline queue: it has no record to report.", nameof(@event));
        if (offline.MessageId.Length == 0)
        {
            throw new ArgumentException($"The offline record {offline.Id} of {@event.Code} has no MESSAGE_ID: event.offline.error identifies records by it.", nameof(@event));
        }

        var delivery = OfflineDelivery.Find(@event.Envelope);
        delivery?.BeginReport();
        await OfflineCalls.ReportAsync(client, offline, delivery?.AuthConnector, cancellationToken).ConfigureAwait(false);
        delivery?.EndReport();
    }
}
