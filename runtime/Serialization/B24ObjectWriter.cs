using System.ComponentModel;
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// Writes one object's properties for a generated type, each by its index in the type's names (pre-encoded once).
/// Writing is exact: <c>yn</c> as <c>"Y"</c>/<c>"N"</c>, <c>int</c> as a number, dates as the text the portal accepts.
/// A result type's writer skips every property that was neither set nor read (<see cref="SkipUnset"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct B24ObjectWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly JsonEncodedText[] _names;
    private readonly B24FieldSet _set;
    private readonly bool _setOnly;

    internal B24ObjectWriter(Utf8JsonWriter writer, B24PropertyNames names)
    {
        _writer = writer;
        _names = names.Encoded;
    }

    private B24ObjectWriter(B24ObjectWriter writer, B24FieldSet set)
    {
        _writer = writer._writer;
        _names = writer._names;
        _set = set;
        _setOnly = true;
    }

    /// <summary>A writer that writes only the properties in <paramref name="set"/>; the others are not sent at all.</summary>
    /// <param name="set">The properties that were set or read.</param>
    /// <returns>The filtering writer.</returns>
    public B24ObjectWriter SkipUnset(B24FieldSet set) => new(this, set);

    /// <summary>Writes a <c>string</c>.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void String(int index, string value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteString(_names[index], value);
    }

    /// <summary>Writes an <c>int</c>.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Int64(int index, long value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteNumber(_names[index], value);
    }

    /// <summary>Writes a <c>double</c>.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Double(int index, double value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteNumber(_names[index], value);
    }

    /// <summary>Writes a <c>bool</c> as a JSON boolean.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Boolean(int index, bool value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteBoolean(_names[index], value);
    }

    /// <summary>Writes a <c>yn</c> as <c>"Y"</c> or <c>"N"</c>.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void YesNo(int index, bool value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteString(_names[index], value ? "Y"u8 : "N"u8);
    }

    /// <summary>Writes a <c>date</c> as its text.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Date(int index, B24Date value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteString(_names[index], value.Text);
    }

    /// <summary>Writes a <c>datetime</c> as its text.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void DateTime(int index, B24DateTime value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteString(_names[index], value.Text);
    }

    /// <summary>Writes a <c>timestamp</c> as Unix seconds.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Timestamp(int index, DateTimeOffset value)
    {
        if (Skips(index))
        {
            return;
        }

        _writer.WriteNumber(_names[index], value.ToUnixTimeSeconds());
    }

    /// <summary>Writes <c>any</c> as it is; <c>default(JsonElement)</c>, which holds no JSON, is left out like an unset member.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void Any(int index, JsonElement value)
    {
        if (Skips(index) || value.ValueKind == JsonValueKind.Undefined)
        {
            return;
        }

        _writer.WritePropertyName(_names[index]);
        value.WriteTo(_writer);
    }

    /// <summary>Writes a value of a generated, list, map, nullable or union type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="type">Its JSON type.</param>
    public void Write<T>(int index, T value, B24JsonType<T> type)
    {
        if (Skips(index))
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(type);
        _writer.WritePropertyName(_names[index]);

        // A member that is not nullable but holds null (a read that found null there, or a null! the caller set) is
        // written as null: what was read goes back as it was, and a request says what it holds.
        if (value is null)
        {
            _writer.WriteNullValue();
            return;
        }

        type.Write(_writer, value);
    }

    /// <summary>Writes an optional parameter, or nothing when it is null: an empty value changes what the portal does.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    /// <param name="type">The JSON type of a present value.</param>
    public void Optional<T>(int index, T? value, B24JsonType<T> type)
        where T : class
    {
        if (Skips(index))
        {
            return;
        }

        if (value is not null)
        {
            Write(index, value, type);
        }
    }

    /// <summary>Writes an optional parameter, or nothing when it is null: an empty value changes what the portal does.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    /// <param name="type">The JSON type of a present value.</param>
    public void Optional<T>(int index, T? value, B24JsonType<T> type)
        where T : struct
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            Write(index, present, type);
        }
    }

    /// <summary>Writes an optional <c>string</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, string? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is not null)
        {
            _writer.WriteString(_names[index], value);
        }
    }

    /// <summary>Writes an optional <c>int</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, long? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            _writer.WriteNumber(_names[index], present);
        }
    }

    /// <summary>Writes an optional <c>double</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, double? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            _writer.WriteNumber(_names[index], present);
        }
    }

    /// <summary>Writes an optional <c>bool</c> parameter as a JSON boolean, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, bool? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            _writer.WriteBoolean(_names[index], present);
        }
    }

    /// <summary>Writes an optional <c>yn</c> parameter as <c>"Y"</c> or <c>"N"</c>, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void OptionalYesNo(int index, bool? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            YesNo(index, present);
        }
    }

    /// <summary>Writes an optional <c>date</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, B24Date? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            Date(index, present);
        }
    }

    /// <summary>Writes an optional <c>datetime</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, B24DateTime? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            DateTime(index, present);
        }
    }

    /// <summary>Writes an optional <c>timestamp</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, DateTimeOffset? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            Timestamp(index, present);
        }
    }

    /// <summary>Writes an optional <c>any</c> parameter, or nothing when it is null.</summary>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value, or null.</param>
    public void Optional(int index, JsonElement? value)
    {
        if (Skips(index))
        {
            return;
        }

        if (value is { } present)
        {
            Any(index, present);
        }
    }

    /// <summary>Writes the fields kept from a response back as they were read.</summary>
    /// <param name="fields">The fields.</param>
    public void AdditionalFields(IReadOnlyDictionary<string, JsonElement> fields) => B24JsonWrite.AdditionalFields(_writer, fields);

    private bool Skips(int index) => _setOnly && !_set.Contains(index);
}
