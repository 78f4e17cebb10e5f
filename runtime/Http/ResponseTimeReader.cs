using System;
using System.Globalization;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Http;

/// <summary>Reads the envelope's <c>time</c> object; every field optional, numbers possibly whole or as strings.</summary>
internal static class ResponseTimeReader
{
    public static B24ResponseTime? Read(ref Utf8JsonReader reader)
    {
        // Metadata: a missing block (null, false, "" or PHP's empty []) must not fail an answer that has its result.
        if (B24JsonRead.IsNone(ref reader))
        {
            return null;
        }

        if (!B24JsonRead.StartObject(ref reader))
        {
            return null;
        }

        var time = new B24ResponseTime();
        while (B24JsonRead.NextProperty(ref reader))
        {
            var name = reader.GetString();
            B24JsonRead.Value(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            try
            {
                time = Read(ref reader, name, time);
            }
            catch (B24JsonReadException exception)
            {
                throw B24JsonReadException.AtProperty(exception, name ?? "?");
            }
        }

        return time;
    }

    private static B24ResponseTime Read(ref Utf8JsonReader reader, string? name, B24ResponseTime time) =>
            name switch
            {
                "start" => time with { Start = B24JsonRead.NullableDouble(ref reader) },
                "finish" => time with { Finish = B24JsonRead.NullableDouble(ref reader) },
                "duration" => time with { Duration = B24JsonRead.NullableDouble(ref reader) },
                "processing" => time with { Processing = B24JsonRead.NullableDouble(ref reader) },
                "date_start" => time with { DateStart = ReadIso(ref reader) },
                "date_finish" => time with { DateFinish = ReadIso(ref reader) },
                "operating" => time with { Operating = B24JsonRead.NullableDouble(ref reader) },
                "operating_reset_at" => time with { OperatingResetAt = ReadInstant(ref reader) },
                _ => Skip(ref reader, time),
            };

    /// <summary>
    /// Unix seconds, whole or fractional ("usually an integer", says the documentation); some pages show an ISO date
    /// instead (<c>crm.activity.list</c>'s example), which is read as one.
    /// </summary>
    private static DateTimeOffset? ReadInstant(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && B24JsonRead.String(ref reader) is var text && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return ParseIso(text);
        }

        return B24JsonRead.NullableDouble(ref reader) is { } seconds && seconds is >= -62135596800 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000))
            : null;
    }

    private static DateTimeOffset? ReadIso(ref Utf8JsonReader reader) => ParseIso(B24JsonRead.String(ref reader));

    private static DateTimeOffset? ParseIso(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    private static B24ResponseTime Skip(ref Utf8JsonReader reader, B24ResponseTime time)
    {
        reader.Skip();
        return time;
    }
}
