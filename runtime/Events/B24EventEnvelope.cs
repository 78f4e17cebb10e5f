using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using B24Gen.Events;

namespace B24Gen;

/// <summary>
/// An incoming event before its <c>data</c> is typed: its code, handler, time, <c>auth</c> block and raw data, as
/// read from a handler's POST (<see cref="FromForm"/>) or an offline-queue record. Typed events
/// (<see cref="B24Event{TData}"/>) are made from it by an event type (<see cref="B24EventType"/>).
/// </summary>
public sealed class B24EventEnvelope
{
    internal B24EventEnvelope(string code, long? handlerId, DateTimeOffset? timestamp, B24EventAuth auth, JsonElement data, B24OfflineEventInfo? offline)
    {
        Code = code;
        HandlerId = handlerId;
        Timestamp = timestamp;
        Auth = auth;
        Data = data;
        Offline = offline;
    }

    /// <summary><c>event</c>: the code, upper case as the portal sends it (<c>ONCALENDARENTRYADD</c>).</summary>
    public string Code { get; }

    /// <summary><c>event_handler_id</c>: the binding that delivered it; null for an offline event.</summary>
    public long? HandlerId { get; }

    /// <summary><c>ts</c>: when the portal's queue sent it; null when absent.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The <c>auth</c> block; <see cref="B24EventAuth.Empty"/> for an offline event.</summary>
    public B24EventAuth Auth { get; }

    /// <summary><c>data</c> as received: every value a string, as PHP sends a form; an empty object when absent.</summary>
    public JsonElement Data { get; }

    /// <summary>The offline-queue record it came from; null for an event POSTed to a handler.</summary>
    public B24OfflineEventInfo? Offline { get; }

    /// <summary>
    /// Reads the body a portal POSTs to an event handler (<c>application/x-www-form-urlencoded</c>, keys in PHP's style:
    /// <c>data[FIELDS][ID]=5&amp;auth[domain]=…</c>). Linear in the body's length, so it is safe before the token is checked.
    /// </summary>
    /// <param name="body">The decoded request body.</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="B24EventFormatException">The body is not an event: a key PHP would not read, or no <c>event</c>.</exception>
    public static B24EventEnvelope FromForm(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        byte[] json;
        try
        {
            json = PhpFormBody.ToJson(body);
        }
        catch (FormatException e)
        {
            throw new B24EventFormatException("The event handler's body is not a portal's form: " + e.Message, e);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("event", out var code) || code.ValueKind != JsonValueKind.String || code.GetString() is not { Length: > 0 } codeText)
        {
            throw new B24EventFormatException("The event handler's body has no 'event' code: it is not an event.");
        }

        return new B24EventEnvelope(
            codeText.ToUpperInvariant(),
            Number(root, "event_handler_id"),
            Number(root, "ts") is { } ts && ts is >= 0 and <= 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(ts) : null,
            root.TryGetProperty("auth", out var auth) ? B24EventAuth.Read(auth) : B24EventAuth.Empty,
            DataOf(root, "data"),
            offline: null);
    }

    /// <summary>An offline-queue record (<c>event.offline.get</c>'s <c>events[]</c>) as an envelope.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static B24EventEnvelope FromOfflineRecord(JsonElement record, string processId)
    {
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("EVENT_NAME", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } code)
        {
            throw new B24EventFormatException("An offline event record has no 'EVENT_NAME'.");
        }

        var id = Number(record, "ID") ?? throw new B24EventFormatException($"The offline event record of {code} has no 'ID'.");
        var messageId = record.TryGetProperty("MESSAGE_ID", out var message) && message.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (message.ValueKind == JsonValueKind.String ? message.GetString()! : message.GetRawText())
            : string.Empty;
        var queuedAt = record.TryGetProperty("TIMESTAMP_X", out var at) && at.ValueKind == JsonValueKind.String ? at.GetString() : null;
        return new B24EventEnvelope(code.ToUpperInvariant(), null, null, B24EventAuth.Empty, DataOf(record, "EVENT_DATA"), new B24OfflineEventInfo(id, messageId, processId, queuedAt));
    }

    private static JsonElement DataOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var data) && data.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? data.Clone()
            : EmptyObject;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static long? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
