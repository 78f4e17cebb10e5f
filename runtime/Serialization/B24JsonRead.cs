using System.ComponentModel;
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// Lenient readers for the portal's loosely typed JSON, used by generated code. Numbers arrive as strings
/// (<c>"190"</c>, <c>"9.00"</c>), booleans as <c>"Y"</c>/<c>"N"</c> or <c>1</c>/<c>0</c>, empty maps as <c>[]</c>;
/// all read. What cannot be read throws a <see cref="B24JsonReadException"/> saying what was found.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24JsonRead
{
    /// <summary>Enters an object. Returns false for <c>[]</c>, which the portal sends for an empty object.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>True when inside an object; false when the value was an empty array.</returns>
    public static bool StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return false;
            }
        }

        throw Unexpected("an object", ref reader);
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    /// <param name="reader">The reader, inside an object.</param>
    /// <returns>True when the reader stands on a property name.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Value(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>The current property name as UTF-8, unescaped.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <returns>The name's bytes.</returns>
    public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader) =>
        reader.HasValueSequence || reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    /// <summary>Moves to the next token; truncated JSON becomes a <see cref="B24JsonReadException"/>.</summary>
    /// <param name="reader">The reader.</param>
    public static void Value(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new B24JsonReadException("more JSON", "the end of the data (the response is truncated)");
        }
    }

    /// <summary>Keeps a property the schema does not describe.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="name">The property name.</param>
    /// <param name="fields">The collected fields, created on first use.</param>
    public static void AdditionalField(ref Utf8JsonReader reader, string name, ref Dictionary<string, JsonElement>? fields)
    {
        fields ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        fields[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>The collected additional fields, or an empty map.</summary>
    /// <param name="fields">The fields, or null when there were none.</param>
    /// <returns>A read-only view.</returns>
    public static IReadOnlyDictionary<string, JsonElement> Freeze(Dictionary<string, JsonElement>? fields) =>
        fields is null ? ReadOnlyDictionary<string, JsonElement>.Empty : fields.AsReadOnly();

    /// <summary>Throws when a required property was missing.</summary>
    /// <param name="seen">Whether the property was read.</param>
    /// <param name="name">Its wire name.</param>
    public static void Required(bool seen, string name)
    {
        if (!seen)
        {
            throw new B24JsonReadException($"the required property '{name}'", "an object without it");
        }
    }

    /// <summary>True for <c>null</c> and for <c>""</c>, which the portal sends for "no value".</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>Whether the value is absent.</returns>
    public static bool IsNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueIsEmpty());

    /// <summary>True for <c>false</c>, <c>null</c> and <c>""</c>: PHP's ways of saying "none" where a list, a map or an object belongs.</summary>
    internal static bool IsNone(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.False || IsNull(ref reader);

    /// <summary>Reads a string; numbers and booleans are kept as their JSON text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The text.</returns>
    public static string String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected("a string", ref reader),
    };

    /// <summary>Reads a string or null. <c>""</c> stays <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The text, or null.</returns>
    public static string? NullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    /// <summary>Reads an integer from a number or a numeric string (<c>"190"</c>, <c>"9.00"</c>).</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The integer.</returns>
    public static long Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
        {
            if (LenientNumbers.TryParseInt64(ValueBytes(ref reader), out var value))
            {
                return value;
            }
        }

        throw Unexpected("an integer", ref reader);
    }

    /// <summary>Reads an integer, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The integer, or null.</returns>
    public static long? NullableInt64(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Int64(ref reader);

    /// <summary>Reads a number from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The number.</returns>
    public static double Double(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        // NaN and Infinity parse as text but cannot be written back as JSON.
        if (reader.TokenType == JsonTokenType.String
            && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number))
        {
            return number;
        }

        throw Unexpected("a number", ref reader);
    }

    /// <summary>Reads a number, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The number, or null.</returns>
    public static double? NullableDouble(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Double(ref reader);

    /// <summary>Reads a boolean: <c>true</c>/<c>false</c>, <c>"Y"</c>/<c>"N"</c>, <c>1</c>/<c>0</c>, <c>"1"</c>/<c>"0"</c>, <c>"true"</c>/<c>"false"</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The boolean.</returns>
    public static bool Boolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            case JsonTokenType.String:
                var text = ValueBytes(ref reader);
                if (text.SequenceEqual("Y"u8) || text.SequenceEqual("y"u8) || text.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(text, "true"u8))
                {
                    return true;
                }

                if (text.SequenceEqual("N"u8) || text.SequenceEqual("n"u8) || text.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(text, "false"u8))
                {
                    return false;
                }

                break;
        }

        throw Unexpected("a boolean (true/false, Y/N, 1/0)", ref reader);
    }

    /// <summary>Reads a boolean, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The boolean, or null.</returns>
    public static bool? NullableBoolean(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Boolean(ref reader);

    /// <summary>Reads a date and time in any of the portal's formats, keeping the original text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static B24DateTime DateTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEmpty())
        {
            return B24DateTime.Parse(reader.GetString()!);
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds) && IsUnixSeconds(seconds))
        {
            return new B24DateTime(DateTimeOffset.FromUnixTimeSeconds(seconds));
        }

        throw Unexpected("a date and time", ref reader);
    }

    /// <summary>Reads a date and time, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null.</returns>
    public static B24DateTime? NullableDateTime(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : DateTime(ref reader);

    /// <summary>Reads a date in any of the portal's formats, keeping the original text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static B24Date Date(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEmpty())
        {
            return B24Date.Parse(reader.GetString()!);
        }

        throw Unexpected("a date", ref reader);
    }

    /// <summary>Reads a date, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null.</returns>
    public static B24Date? NullableDate(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Date(ref reader);

    /// <summary>Reads Unix seconds (a number or a numeric string) as an instant.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The instant, in UTC.</returns>
    public static DateTimeOffset Timestamp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
        {
            if (LenientNumbers.TryParseInt64(ValueBytes(ref reader), out var seconds) && IsUnixSeconds(seconds))
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
        }

        throw Unexpected("a Unix timestamp", ref reader);
    }

    /// <summary>Reads Unix seconds, or null for <c>null</c> and <c>""</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The instant, or null.</returns>
    public static DateTimeOffset? NullableTimestamp(ref Utf8JsonReader reader) => IsNull(ref reader) ? null : Timestamp(ref reader);

    /// <summary>Reads any JSON value as it is.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value.</returns>
    public static JsonElement Any(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads any JSON value, or null for <c>null</c>.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The value, or null.</returns>
    public static JsonElement? NullableAny(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    /// <summary>The raw bytes of a plain string token, for matching known enum values without allocating; empty otherwise.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The bytes, or an empty span.</returns>
    public static ReadOnlySpan<byte> EnumValueSpan(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : default;

    /// <summary>Reads an enum value: a string, or a number kept as its text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The text.</returns>
    public static string EnumValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => RawText(ref reader),
        _ => throw Unexpected("a string value", ref reader),
    };

    /// <summary>
    /// Reads a list. <c>false</c>, <c>null</c> and <c>""</c> read as empty (the portal's way of saying "none"),
    /// and an object with keys is read as its values in order (a PHP array with gaps).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <returns>The list; never null.</returns>
    public static IReadOnlyList<T> List<T>(ref Utf8JsonReader reader, B24ReadFunc<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        // In a lenient read, problems found inside an item are put under its index (or key).
        var session = ReadSession.Current;
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var items = new List<T>();
            while (true)
            {
                Value(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return items;
                }

                var start = session?.Count ?? 0;
                try
                {
                    items.Add(readItem(ref reader));
                }
                catch (JsonException exception)
                {
                    throw B24JsonReadException.AtIndex(exception, items.Count);
                }

                session?.PrefixIndex(start, items.Count - 1);
            }
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var items = new List<T>();
            while (NextProperty(ref reader))
            {
                var key = reader.GetString()!;
                Value(ref reader);
                var start = session?.Count ?? 0;
                try
                {
                    items.Add(readItem(ref reader));
                }
                catch (JsonException exception)
                {
                    throw B24JsonReadException.AtProperty(exception, key);
                }

                session?.PrefixProperty(start, key);
            }

            return items;
        }

        if (IsNone(ref reader))
        {
            return [];
        }

        throw Unexpected("a list", ref reader);
    }

    /// <summary>Reads a map with string keys. <c>[]</c>, <c>false</c>, <c>null</c> and <c>""</c> read as empty.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="readValue">Reads one value.</param>
    /// <returns>The map; never null.</returns>
    public static IReadOnlyDictionary<string, T> Map<T>(ref Utf8JsonReader reader, B24ReadFunc<T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        var session = ReadSession.Current;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            while (NextProperty(ref reader))
            {
                var key = reader.GetString()!;
                Value(ref reader);
                var start = session?.Count ?? 0;
                try
                {
                    map[key] = readValue(ref reader);
                }
                catch (JsonException exception)
                {
                    throw B24JsonReadException.AtProperty(exception, key);
                }

                session?.PrefixProperty(start, key);
            }

            return map.AsReadOnly();
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // PHP writes an empty map, and a map with keys 0..n-1, as a list.
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            while (true)
            {
                Value(ref reader);
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return map.AsReadOnly();
                }

                var key = map.Count.ToString(CultureInfo.InvariantCulture);
                var start = session?.Count ?? 0;
                try
                {
                    map[key] = readValue(ref reader);
                }
                catch (JsonException exception)
                {
                    throw B24JsonReadException.AtIndex(exception, map.Count);
                }

                session?.PrefixIndex(start, map.Count - 1);
            }
        }

        if (IsNone(ref reader))
        {
            return ReadOnlyDictionary<string, T>.Empty;
        }

        throw Unexpected("a map (a JSON object)", ref reader);
    }

    /// <summary>Reads a value that is one of two shapes, chosen by the first token.</summary>
    /// <remarks>
    /// For hand-written readers whose shapes start with different tokens (a number or an object). Generated code uses
    /// <see cref="B24JsonType.Union{T1, T2}(B24JsonType{T1}, B24JsonType{T2})"/>, which also tries the second shape
    /// when two scalar shapes start alike (<c>int | string</c> given <c>"abc"</c>).
    /// </remarks>
    /// <typeparam name="T1">The first shape.</typeparam>
    /// <typeparam name="T2">The second shape.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="isFirst">Whether a token starts the first shape.</param>
    /// <param name="readFirst">Reads the first shape.</param>
    /// <param name="readSecond">Reads the second shape.</param>
    /// <returns>The value.</returns>
    public static B24Union<T1, T2> Union<T1, T2>(ref Utf8JsonReader reader, Func<JsonTokenType, bool> isFirst, B24ReadFunc<T1> readFirst, B24ReadFunc<T2> readSecond)
    {
        ArgumentNullException.ThrowIfNull(isFirst);
        ArgumentNullException.ThrowIfNull(readFirst);
        ArgumentNullException.ThrowIfNull(readSecond);
        return isFirst(reader.TokenType) ? new B24Union<T1, T2>(readFirst(ref reader)) : new B24Union<T1, T2>(readSecond(ref reader));
    }

    private static bool IsUnixSeconds(long seconds) => seconds is >= -62135596800 and <= 253402300799;

    internal static B24JsonReadException Unexpected(string expected, ref Utf8JsonReader reader) => new(expected, Describe(ref reader));

    private static bool ValueIsEmpty(this ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.IsEmpty : reader.ValueSpan.IsEmpty;

    private static string RawText(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(ValueBytes(ref reader));

    /// <summary>The current value's bytes, unescaped; a copy only for escaped strings and split buffers.</summary>
    private static ReadOnlySpan<byte> ValueBytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        return reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
    }

    private static string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString() ?? string.Empty;
                return "the string \"" + (text.Length > 40 ? text[..40] + "..." : text) + "\"";
            case JsonTokenType.Number:
                return "the number " + RawText(ref reader);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "a list";
            default:
                return reader.TokenType.ToString();
        }
    }
}
