using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Events.Offline;

/// <summary>One answer of <c>event.offline.get</c>: the records and the process they are reserved under.</summary>
/// <param name="ProcessId">The answer's <c>process_id</c>: null when the portal gave none.</param>
/// <param name="Records">The <c>events</c> records, in the portal's order.</param>
internal sealed record OfflineBatch(string? ProcessId, IReadOnlyList<JsonElement> Records)
{
    /// <summary>Reads <c>{"process_id": ..., "events": [...]}</c>.</summary>
    /// <exception cref="B24ResponseFormatException">The result has another shape.</exception>
    public static OfflineBatch Read(JsonElement result, int httpStatus)
    {
        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new B24ResponseFormatException(OfflineRequests.Get, "The result has no 'events' list.", httpStatus, "$.result.events");
        }

        var processId = result.TryGetProperty("process_id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : null;
        var records = new List<JsonElement>(events.GetArrayLength());
        foreach (var record in events.EnumerateArray())
        {
            records.Add(record);
        }

        return new OfflineBatch(processId, records);
    }
}
