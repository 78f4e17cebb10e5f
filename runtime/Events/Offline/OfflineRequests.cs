using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Events.Offline;

/// <summary>The parameters of <c>event.offline.get</c>, <c>.clear</c> and <c>.error</c>, written without reflection.</summary>
internal static class OfflineRequests
{
    public const string Get = "event.offline.get";
    public const string Clear = "event.offline.clear";
    public const string Error = "event.offline.error";

    /// <summary>
    /// A get that reserves (<c>clear=0</c>, never the default 1 that deletes what it returns). With a process id, it
    /// re-reads what that process still has reserved; the filter is left out then, so that a changed
    /// <see cref="B24OfflineEventOptions.EventCode"/> cannot hide records the earlier run reserved.
    /// </summary>
    public static JsonElement GetParameters(B24OfflineEventOptions options, string? processId) => Build(writer =>
    {
        writer.WriteNumber("clear", 0);
        writer.WriteNumber("limit", options.BatchSize);
        if (processId is not null)
        {
            writer.WriteString("process_id", processId);
        }
        else if (options.EventCode is { } code)
        {
            writer.WriteStartObject("filter");
            writer.WriteString("=EVENT_NAME", code.ToUpperInvariant());
            writer.WriteEndObject();
        }

        if (options.ReadFailed)
        {
            writer.WriteNumber("error", 1);
        }

        WriteConnector(writer, options.AuthConnector);
    });

    /// <summary>Deletes records by <c>ID</c>: only those still reserved under the process, so a repeated clear is harmless.</summary>
    public static JsonElement ClearParameters(string processId, IReadOnlyList<long> ids, string? authConnector)
    {
        // The portal reads an empty list as none given and clears every record of the process, handled or not.
        if (ids.Count == 0)
        {
            throw new System.ArgumentException("A clear must name the records it deletes.", nameof(ids));
        }

        return Build(writer =>
        {
            writer.WriteString("process_id", processId);
            writer.WriteStartArray("id");
            foreach (var id in ids)
            {
                writer.WriteNumberValue(id);
            }

            writer.WriteEndArray();
            WriteConnector(writer, authConnector);
        });
    }

    /// <summary>Marks a message failed (the portal takes <c>MESSAGE_ID</c>s here, not record ids) and releases its reservation.</summary>
    public static JsonElement ErrorParameters(string processId, string messageId, string? authConnector) => Build(writer =>
    {
        writer.WriteString("process_id", processId);
        writer.WriteStartArray("message_id");
        writer.WriteStringValue(messageId);
        writer.WriteEndArray();
        WriteConnector(writer, authConnector);
    });

    private static void WriteConnector(Utf8JsonWriter writer, string? authConnector)
    {
        if (!string.IsNullOrEmpty(authConnector))
        {
            writer.WriteString("auth_connector", authConnector);
        }
    }

    private static JsonElement Build(System.Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }
}
