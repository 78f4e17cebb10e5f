using System.ComponentModel;
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>Exact writers used by generated code: the JSON the portal documents, nothing more.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24JsonWrite
{
    /// <summary>Writes a list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void List<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, B24WriteAction<T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a map as a JSON object.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void Map<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, B24WriteAction<T> writeValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writeValue);
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            writeValue(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes fields kept from a response back as they were read.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="fields">The fields.</param>
    public static void AdditionalFields(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (name, value) in fields)
        {
            // default(JsonElement) holds no JSON: such an entry is left out.
            if (value.ValueKind != JsonValueKind.Undefined)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }
    }

    /// <summary>Writes a string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void String(Utf8JsonWriter writer, string value) => writer?.WriteStringValue(value);

    /// <summary>Writes an integer as a JSON number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Int64(Utf8JsonWriter writer, long value) => writer?.WriteNumberValue(value);

    /// <summary>Writes a number.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Double(Utf8JsonWriter writer, double value) => writer?.WriteNumberValue(value);

    /// <summary>Writes a JSON boolean.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Boolean(Utf8JsonWriter writer, bool value) => writer?.WriteBooleanValue(value);

    /// <summary>Writes a boolean as <c>"Y"</c> or <c>"N"</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void YesNo(Utf8JsonWriter writer, bool value) => writer?.WriteStringValue(value ? "Y"u8 : "N"u8);

    /// <summary>Writes a date as its text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Date(Utf8JsonWriter writer, B24Date value) => writer?.WriteStringValue(value.Text);

    /// <summary>Writes a date and time as its text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateTime(Utf8JsonWriter writer, B24DateTime value) => writer?.WriteStringValue(value.Text);

    /// <summary>Writes an instant as Unix seconds.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Timestamp(Utf8JsonWriter writer, DateTimeOffset value) => writer?.WriteNumberValue(value.ToUnixTimeSeconds());

    /// <summary>Writes raw JSON.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Any(Utf8JsonWriter writer, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // default(JsonElement) holds no JSON; in a list or a map it stands for no value.
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
