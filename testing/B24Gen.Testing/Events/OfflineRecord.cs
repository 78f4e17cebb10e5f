using System;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// One row of the offline queue (the portal's <c>b_rest_event_offline</c>). Mutable, and only ever touched under
/// <see cref="OfflineEventQueue"/>'s lock; everything outside gets a <see cref="Copy"/>.
/// </summary>
internal sealed class OfflineRecord
{
    public long Id { get; init; }

    public DateTimeOffset Timestamp { get; set; }

    public required string EventName { get; init; }

    /// <summary><c>EVENT_DATA</c>: the event's <c>data</c>.</summary>
    public JsonNode? Data { get; set; }

    /// <summary><c>EVENT_ADDITIONAL</c>: <c>{"user_id": "1"}</c> when a user acted, else <c>false</c>.</summary>
    public JsonNode? Additional { get; set; }

    public required string MessageId { get; init; }

    /// <summary>The reserving process; empty when the record is free.</summary>
    public string ProcessId { get; set; } = "";

    public bool Error { get; set; }

    public string ConnectorId { get; init; } = "";

    public OfflineRecord Copy() => new()
    {
        Id = Id,
        Timestamp = Timestamp,
        EventName = EventName,
        Data = Data?.DeepClone(),
        Additional = Additional?.DeepClone(),
        MessageId = MessageId,
        ProcessId = ProcessId,
        Error = Error,
        ConnectorId = ConnectorId,
    };

    public OfflineEvent ToSnapshot() => new(Id, EventName, MessageId, ProcessId, Error)
    {
        Timestamp = Timestamp,
        EventData = Data?.ToJsonString() ?? "null",
        ConnectorId = ConnectorId,
    };
}
