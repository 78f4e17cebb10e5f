using System.Runtime.CompilerServices;
using System.Threading;

namespace B24Gen.Events.Offline;

/// <summary>
/// What became of one delivered offline event. Kept beside its envelope (a weak table, so nothing outlives the event)
/// because <see cref="B24OfflineEvents.ReportOfflineErrorAsync"/> gets only the event, yet must send the reading's
/// <c>auth_connector</c> and tell the reading not to clear the record it reported.
/// </summary>
internal sealed class OfflineDelivery(string? authConnector)
{
    private const int Delivered = 0;
    private const int Reporting = 1;
    private const int Reported = 2;

    private static readonly ConditionalWeakTable<B24EventEnvelope, OfflineDelivery> Deliveries = new();

    private int _state;

    /// <summary>The <c>auth_connector</c> the event was read with.</summary>
    public string? AuthConnector { get; } = authConnector;

    /// <summary>Whether the consumer may still acknowledge it: no report was asked for.</summary>
    public bool IsAcknowledgeable => Volatile.Read(ref _state) == Delivered;

    /// <summary>Whether its report reached the portal: the portal released it into the failed queue.</summary>
    public bool IsReported => Volatile.Read(ref _state) == Reported;

    /// <summary>Attaches a delivery to an event's envelope.</summary>
    public static void Track(B24EventEnvelope envelope, OfflineDelivery delivery) => Deliveries.AddOrUpdate(envelope, delivery);

    /// <summary>The delivery of an event read by this reading; null for an event from elsewhere.</summary>
    public static OfflineDelivery? Find(B24EventEnvelope envelope) => Deliveries.TryGetValue(envelope, out var delivery) ? delivery : null;

    /// <summary>
    /// Before the report is sent: from now on the record is never cleared, even if the report fails (a failed report
    /// leaves it reserved, to come back, rather than deleted).
    /// </summary>
    public void BeginReport() => Interlocked.CompareExchange(ref _state, Reporting, Delivered);

    /// <summary>After the portal took the report.</summary>
    public void EndReport() => Volatile.Write(ref _state, Reported);
}
