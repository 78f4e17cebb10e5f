using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Emulator;

/// <summary>The <c>time</c> block of a response.</summary>
/// <param name="Start">When the request arrived.</param>
/// <param name="Finish">When the answer was ready.</param>
/// <param name="Processing">Seconds spent in the method handler.</param>
/// <param name="Operating">Seconds this method has run in total (the resource-limit counter).</param>
internal readonly record struct TimeBlock(DateTimeOffset Start, DateTimeOffset Finish, double Processing, double Operating);

/// <summary>Writes portal responses: the success envelope, the error object, and raw fault responses.</summary>
internal static class EnvelopeWriter
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The <c>operating_reset_at</c> horizon: the oldest one-minute bucket expires ten minutes on.</summary>
    private static readonly TimeSpan OperatingWindow = TimeSpan.FromMinutes(10);

    // PHP's json_encode does not escape '+' (as in "+00:00") or non-ASCII text the way the default encoder does.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteSuccessAsync(HttpResponse response, MethodResult result, TimeBlock time, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("result");
            if (result.Result is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                result.Result.WriteTo(writer);
            }

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
        }

        return SendAsync(response, StatusCodes.Status200OK, JsonContentType, buffer.WrittenMemory, cancellationToken);
    }

    public static Task WriteErrorAsync(HttpResponse response, int status, string code, string description, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("error", code);
            writer.WriteString("error_description", description);
            writer.WriteEndObject();
        }

        return SendAsync(response, status, JsonContentType, buffer.WrittenMemory, cancellationToken);
    }

    public static Task WriteFaultAsync(HttpResponse response, FaultResponse fault, CancellationToken cancellationToken)
    {
        if (fault.Headers is not null)
        {
            foreach (var (name, value) in fault.Headers)
            {
                response.Headers[name] = value;
            }
        }

        return SendAsync(response, fault.Status, fault.ContentType, Encoding.UTF8.GetBytes(fault.Body), cancellationToken);
    }

    public static Task WriteTextAsync(HttpResponse response, int status, string contentType, string body, CancellationToken cancellationToken) =>
        SendAsync(response, status, contentType, Encoding.UTF8.GetBytes(body), cancellationToken);

    /// <summary>Writes a <c>time</c> object in the portal's field order (usable for batch <c>result_time</c> entries too).</summary>
    public static void WriteTime(Utf8JsonWriter writer, TimeBlock time)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", UnixSeconds(time.Start));
        writer.WriteNumber("finish", UnixSeconds(time.Finish));
        writer.WriteNumber("duration", (time.Finish - time.Start).TotalSeconds);
        writer.WriteNumber("processing", time.Processing);
        writer.WriteString("date_start", IsoDate(time.Start));
        writer.WriteString("date_finish", IsoDate(time.Finish));
        writer.WriteNumber("operating_reset_at", (time.Start + OperatingWindow).ToUnixTimeSeconds());
        writer.WriteNumber("operating", time.Operating);
        writer.WriteEndObject();
    }

    private static double UnixSeconds(DateTimeOffset value) => (value - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

    private static string IsoDate(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SendAsync(HttpResponse response, int status, string contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        if (!string.IsNullOrEmpty(contentType))
        {
            response.ContentType = contentType;
        }

        response.ContentLength = body.Length;
        if (!body.IsEmpty)
        {
            await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }
}
