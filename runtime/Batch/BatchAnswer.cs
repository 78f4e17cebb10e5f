using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen.Batch;

/// <summary>
/// The <c>result</c> of a <c>batch</c> answer: <c>result</c>, <c>result_error</c>, <c>result_total</c>,
/// <c>result_next</c> and <c>result_time</c>, each keyed by command name. Each may arrive as <c>[]</c> when empty
/// (PHP's empty array), or as a list when the names are 0, 1, 2...
/// </summary>
internal sealed class BatchAnswer
{
    private BatchAnswer(JsonElement root)
    {
        Results = Map(root, "result");
        Errors = Map(root, "result_error");
        Totals = Map(root, "result_total");
        Nexts = Map(root, "result_next");
        Times = Map(root, "result_time");
    }

    public Dictionary<string, JsonElement> Results { get; }

    public Dictionary<string, JsonElement> Errors { get; }

    public Dictionary<string, JsonElement> Totals { get; }

    public Dictionary<string, JsonElement> Nexts { get; }

    public Dictionary<string, JsonElement> Times { get; }

    public static BatchAnswer Read(JsonElement result, int httpStatus, SecretRedactor redactor)
    {
        try
        {
            if (result.ValueKind != JsonValueKind.Object)
            {
                throw new B24JsonReadException("an object with result, result_error, result_total, result_next and result_time", Describe(result));
            }

            return new BatchAnswer(result);
        }
        catch (B24JsonReadException exception)
        {
            var located = B24JsonReadException.AtProperty(exception, "result");
            throw EnvelopeReader.Redacted(redactor, new B24ResponseFormatException(B24Batch.MethodName, redactor.Redact(located.Message), httpStatus, located.JsonPath));
        }
    }

    /// <summary>The error a command failed with, from its <c>{error, error_description}</c>.</summary>
    public static B24Exception Error(string method, JsonElement error, int httpStatus, SecretRedactor redactor)
    {
        string code;
        string description;
        if (error.ValueKind == JsonValueKind.Object)
        {
            code = Text(error, "error");
            description = Text(error, "error_description");
        }
        else
        {
            code = string.Empty;
            description = error.ValueKind == JsonValueKind.String ? error.GetString()! : error.GetRawText();
        }

        return EnvelopeReader.Redacted(redactor, B24ErrorMapper.FromError(method, code, redactor.Redact(description), httpStatus));
    }

    /// <summary>A lenient integer (<c>5</c>, <c>"5"</c>), or null when absent or unreadable.</summary>
    public static long? Int64(Dictionary<string, JsonElement> map, string name) =>
        map.TryGetValue(name, out var value) ? Lenient(value, B24JsonRead.NullableInt64) : null;

    /// <summary>The command's <c>time</c>, or null when absent or unreadable.</summary>
    public static B24ResponseTime? Time(Dictionary<string, JsonElement> map, string name) =>
        map.TryGetValue(name, out var value) ? Lenient(value, ResponseTimeReader.Read) : null;

    private static T? Lenient<T>(JsonElement value, B24ReadFunc<T?> read)
    {
        try
        {
            var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(value));
            reader.Read();
            return read(ref reader);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        }
        : string.Empty;

    private static Dictionary<string, JsonElement> Map(JsonElement root, string name)
    {
        var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty(name, out var value))
        {
            return map;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                break;
            case JsonValueKind.Array:
                // [] is PHP's empty map; a list is a map whose keys are 0, 1, 2...
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    map[index.ToString(CultureInfo.InvariantCulture)] = item;
                    index++;
                }

                break;
            case JsonValueKind.Null:
            case JsonValueKind.False:
                break;
            default:
                throw B24JsonReadException.AtProperty(new B24JsonReadException("a map keyed by command name", Describe(value)), name);
        }

        return map;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
