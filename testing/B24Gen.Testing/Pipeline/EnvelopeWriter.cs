using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Testing;

/// <summary>The <c>time</c> block of a response.</summary>
/// <param name="Start">When the request (or batch command) started.</param>
/// <param name="Finish">When the answer was ready.</param>
/// <param name="Processing">Seconds spent in the method handler (or the configured operating cost).</param>
/// <param name="Operating">Seconds this method has run in the last ten minutes (the resource-limit counter); omitted when <see langword="null"/>.</param>
/// <param name="OperatingResetAt">When the oldest operating bucket expires; omitted when <see langword="null"/>.</param>
internal readonly record struct TimeBlock(
    DateTimeOffset Start, DateTimeOffset Finish, double Processing, double? Operating, DateTimeOffset? OperatingResetAt);

/// <summary>A response ready to send.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ContentType">The <c>Content-Type</c>; none when empty.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="ErrorCode">The <c>error</c> code when the emulator answered an error envelope (for the request log).</param>
internal sealed record Reply(int Status, string ContentType, ReadOnlyMemory<byte> Body, string? ErrorCode = null)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}

/// <summary>A batch command's outcome, for <see cref="EnvelopeWriter.Batch"/>.</summary>
internal sealed class BatchOutcome
{
    public List<(string Key, MethodResult Result)> Results { get; } = [];

    public List<(string Key, string Code, string Description)> Errors { get; } = [];

    public List<(string Key, long Total)> Totals { get; } = [];

    public List<(string Key, long Next)> Nexts { get; } = [];

    public List<(string Key, TimeBlock Time)> Times { get; } = [];
}

/// <summary>Builds and sends portal responses: the success envelope, the error object, batch results and raw faults.</summary>
internal static class EnvelopeWriter
{
    public const string JsonContentType = "application/json; charset=utf-8";

    // PHP's json_encode does not escape '+' (as in "+00:00") or non-ASCII text the way the default encoder does.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Reply Success(MethodResult result, TimeBlock time) => Json(StatusCodes.Status200OK, writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("result");
        WriteNode(writer, result.Result);
        if (result.Next is { } next)
        {
            writer.WriteNumber("next", next);
        }

        if (result.Total is { } total)
        {
            writer.WriteNumber("total", total);
        }

        writer.WritePropertyName("time");
        WriteTime(writer, time);
        writer.WriteEndObject();
    });

    public static Reply Error(int status, string code, string description, TimeBlock? time = null) => Json(status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error", code);
        writer.WriteString("error_description", description);
        if (time is { } block)
        {
            writer.WritePropertyName("time");
            WriteTime(writer, block);
        }

        writer.WriteEndObject();
    }) with { ErrorCode = code };

    /// <summary>
    /// The <c>batch</c> answer. Each map is keyed by command; like PHP's <c>json_encode</c>, an empty map is written
    /// as <c>[]</c> and a map keyed exactly <c>0..n-1</c> in order as a JSON array.
    /// </summary>
    public static Reply Batch(BatchOutcome outcome, TimeBlock time) => Json(StatusCodes.Status200OK, writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("result");
        writer.WriteStartObject();
        WritePhpMap(writer, "result", outcome.Results, (w, item) => WriteNode(w, item.Result.Result));
        WritePhpMap(writer, "result_error", outcome.Errors, (w, item) =>
        {
            w.WriteStartObject();
            w.WriteString("error", item.Code);
            w.WriteString("error_description", item.Description);
            w.WriteEndObject();
        });
        WritePhpMap(writer, "result_total", outcome.Totals, (w, item) => w.WriteNumberValue(item.Total));
        WritePhpMap(writer, "result_next", outcome.Nexts, (w, item) => w.WriteNumberValue(item.Next));
        WritePhpMap(writer, "result_time", outcome.Times, (w, item) => WriteTime(w, item.Time));
        writer.WriteEndObject();
        writer.WritePropertyName("time");
        WriteTime(writer, time);
        writer.WriteEndObject();
    });

    public static Reply Fault(FaultResponse fault) =>
        new(fault.Status, fault.ContentType, Encoding.UTF8.GetBytes(fault.Body)) { Headers = fault.Headers };

    public static Reply Text(int status, string contentType, string body) => new(status, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>A JSON response written by <paramref name="write"/>.</summary>
    public static Reply Json(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new(status, JsonContentType, buffer.WrittenMemory);
    }

    /// <summary>Writes a <c>time</c> object in the portal's field order.</summary>
    public static void WriteTime(Utf8JsonWriter writer, TimeBlock time)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", UnixSeconds(time.Start));
        writer.WriteNumber("finish", UnixSeconds(time.Finish));
        writer.WriteNumber("duration", (time.Finish - time.Start).TotalSeconds);
        writer.WriteNumber("processing", time.Processing);
        writer.WriteString("date_start", IsoDate(time.Start));
        writer.WriteString("date_finish", IsoDate(time.Finish));
        if (time.OperatingResetAt is { } resetAt)
        {
            writer.WriteNumber("operating_reset_at", resetAt.ToUnixTimeSeconds());
        }

        if (time.Operating is { } operating)
        {
            writer.WriteNumber("operating", operating);
        }

        writer.WriteEndObject();
    }

    public static async Task SendAsync(HttpResponse response, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Headers is not null)
        {
            foreach (var (name, value) in reply.Headers)
            {
                response.Headers[name] = value;
            }
        }

        response.StatusCode = reply.Status;
        if (!string.IsNullOrEmpty(reply.ContentType))
        {
            response.ContentType = reply.ContentType;
        }

        response.ContentLength = reply.Body.Length;
        if (!reply.Body.IsEmpty)
        {
            await response.Body.WriteAsync(reply.Body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WritePhpMap<T>(Utf8JsonWriter writer, string name, List<T> items, Action<Utf8JsonWriter, T> writeValue)
        where T : struct, System.Runtime.CompilerServices.ITuple
    {
        writer.WritePropertyName(name);
        var isList = true;
        for (var i = 0; i < items.Count && isList; i++)
        {
            isList = string.Equals((string)items[i][0]!, i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (isList)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writeValue(writer, item);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var item in items)
        {
            writer.WritePropertyName((string)item[0]!);
            writeValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    private static double UnixSeconds(DateTimeOffset value) => (value - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

    private static string IsoDate(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
