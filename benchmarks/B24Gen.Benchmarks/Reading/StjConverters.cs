using System.Text.Json;
using System.Text.Json.Serialization;

namespace B24Gen.Benchmarks.Reading;

// The converters a System.Text.Json user needs for the portal's JSON, beside
// JsonNumberHandling.AllowReadingFromString for "190": Y/N flags, PHP's [] for an empty map, false for an
// empty list, "" for a missing object.

/// <summary>System.Text.Json reflection-based options for the portal's responses.</summary>
internal static class StjOptions
{
    public static JsonSerializerOptions Read { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

/// <summary><c>true</c>/<c>false</c>, <c>"Y"</c>/<c>"N"</c>, <c>"1"</c>/<c>"0"</c>, <c>1</c>/<c>0</c>.</summary>
public sealed class YesNoConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetInt64() != 0,
        JsonTokenType.String => reader.ValueTextEquals("Y"u8) || reader.ValueTextEquals("1"u8) || reader.ValueTextEquals("true"u8),
        _ => throw new JsonException("Expected a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteStringValue(value ? "Y"u8 : "N"u8);
}

/// <summary>As <see cref="YesNoConverter"/>, with <c>null</c> and <c>""</c> as null.</summary>
public sealed class NullableYesNoConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetInt64() != 0,
        JsonTokenType.String when reader.ValueSpan.IsEmpty => null,
        JsonTokenType.String => reader.ValueTextEquals("Y"u8) || reader.ValueTextEquals("1"u8) || reader.ValueTextEquals("true"u8),
        _ => throw new JsonException("Expected a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteStringValue(flag ? "Y"u8 : "N"u8);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>An object as a dictionary; <c>[]</c> (PHP's empty map) as an empty one.</summary>
public sealed class MapOrEmptyListConverter<T> : JsonConverter<Dictionary<string, T>>
{
    public override Dictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        return JsonSerializer.Deserialize<Dictionary<string, T>>(ref reader, options) ?? [];
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

/// <summary>A list; <c>false</c>, <c>null</c> and <c>""</c> as empty; an object as its values (PHP's keyed array).</summary>
public sealed class ListOrFalseConverter<T> : JsonConverter<List<T>>
{
    public override bool HandleNull => true;

    public override List<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? [];
            case JsonTokenType.StartObject:
                var values = new List<T>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    values.Add(JsonSerializer.Deserialize<T>(ref reader, options)!);
                }

                return values;
            default:
                return [];
        }
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

/// <summary>An object, or null for <c>null</c> and <c>""</c>.</summary>
public sealed class EmptyStringAsNullConverter<T> : JsonConverter<T?>
    where T : class
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType is JsonTokenType.Null or JsonTokenType.String ? null : JsonSerializer.Deserialize<T>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
