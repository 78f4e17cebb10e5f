using System;

namespace B24Gen.Testing;

/// <summary>One record of the offline event queue (<c>event.offline.list</c> shows the same).</summary>
/// <param name="Id">The record's <c>ID</c>; a repeated identical event keeps the record and its ID.</param>
/// <param name="EventName">The event code, upper-case.</param>
/// <param name="MessageId">The <c>MESSAGE_ID</c>: the same for the same event with the same data.</param>
/// <param name="ProcessId">The <c>process_id</c> that reserved the record (<c>event.offline.get</c> with <c>clear=0</c>); empty when free.</param>
/// <param name="Error">Whether <c>event.offline.error</c> marked the record.</param>
public sealed record OfflineEvent(long Id, string EventName, string MessageId, string ProcessId, bool Error)
{
    /// <summary>When the event last happened (<c>TIMESTAMP_X</c>), by the emulator's clock.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The event's data (<c>EVENT_DATA</c>) as JSON.</summary>
    public string EventData { get; init; } = "";

    /// <summary>The <c>auth_connector</c> of the binding that queued it; empty for none.</summary>
    public string ConnectorId { get; init; } = "";
}
