using System.ComponentModel;
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// Walks one JSON object for a generated type's reading constructor: <see cref="Next"/> stops on each known
/// property (by its index in the type's names) and keeps or skips the unknown ones itself. In a lenient read (the
/// client's default) a property whose value does not fit its type gets its default, and the value is kept in
/// <see cref="AdditionalFields"/> and recorded as a <see cref="B24ReadProblem"/>, so one odd value never fails a call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct B24ObjectReader
{
    private Utf8JsonReader _reader;
    private readonly B24PropertyNames _names;
    private readonly bool _keepUnknown;
    private readonly string _typeName;
    private readonly B24SchemaSource? _schema;
    private readonly ReadSession? _session;
    private bool _done;
    private int _last;
    private int _current;
    private int _problemStart;
    private B24FieldSet _seen;
    private B24FieldSet _failed;
    private Dictionary<string, JsonElement>? _additional;

    // Holds a copy of the caller's reader (a ref struct cannot hold a reference to one); B24ObjectType copies it back.
    internal B24ObjectReader(Utf8JsonReader reader, B24PropertyNames names, bool keepUnknown, string typeName, B24SchemaSource? schema)
    {
        _reader = reader;
        _names = names;
        _keepUnknown = keepUnknown;
        _typeName = typeName;
        _schema = schema;
        _session = ReadSession.Current;
        _last = -1;
        _current = -1;
        _done = !B24JsonRead.StartObject(ref _reader);
    }

    /// <summary>
    /// Fields the type does not describe, as sent, and (in a lenient read) the values that did not fit their
    /// property's type; empty when there were none (or they were skipped).
    /// </summary>
    public readonly IReadOnlyDictionary<string, JsonElement> AdditionalFields => B24JsonRead.Freeze(_additional);

    /// <summary>The properties that were read: present in the JSON and of the declared type.</summary>
    public readonly B24FieldSet ReadFields => _seen.Except(_failed);

    /// <summary>The wire name of the property being read, for the JSON path of a failure.</summary>
    internal string? CurrentName { get; private set; }

    /// <summary>The index of the known property being read; -1 for an unknown one.</summary>
    internal readonly int CurrentIndex => _current;

    /// <summary>Moves to the next known property's value; false at the end of the object.</summary>
    /// <param name="index">The property's index in the type's names.</param>
    /// <returns>Whether the reader stands on a known property's value.</returns>
    public bool Next(out int index)
    {
        if (_session is not null && _current >= 0)
        {
            // The problems found inside the value just read are under this property.
            _session.PrefixProperty(_problemStart, _names[_current]);
            _current = -1;
        }

        while (!_done)
        {
            CurrentName = null;
            if (!B24JsonRead.NextProperty(ref _reader))
            {
                _done = true;
                break;
            }

            index = _names.IndexOf(B24JsonRead.PropertyName(ref _reader), _last + 1);
            if (index < 0)
            {
                var name = _reader.GetString()!;
                CurrentName = name;
                B24JsonRead.Value(ref _reader);
                if (_keepUnknown)
                {
                    B24JsonRead.AdditionalField(ref _reader, name, ref _additional);
                }
                else
                {
                    _reader.Skip();
                }

                continue;
            }

            CurrentName = _names[index];
            B24JsonRead.Value(ref _reader);
            _last = index;
            _current = index;
            _problemStart = _session?.Count ?? 0;
            _seen.Add(index);
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>Reads a <c>string</c>.</summary>
    /// <returns>The value.</returns>
    public string String() => _session is null ? B24JsonRead.String(ref _reader) : Lenient(B24JsonRead.String, "");

    /// <summary>Reads a <c>string?</c>.</summary>
    /// <returns>The value.</returns>
    public string? NullableString() => _session is null ? B24JsonRead.NullableString(ref _reader) : Lenient(B24JsonRead.NullableString, null);

    /// <summary>Reads an <c>int</c>.</summary>
    /// <returns>The value.</returns>
    public long Int64() => _session is null ? B24JsonRead.Int64(ref _reader) : Lenient(B24JsonRead.Int64, 0);

    /// <summary>Reads an <c>int?</c>.</summary>
    /// <returns>The value.</returns>
    public long? NullableInt64() => _session is null ? B24JsonRead.NullableInt64(ref _reader) : Lenient(B24JsonRead.NullableInt64, null);

    /// <summary>Reads a <c>double</c>.</summary>
    /// <returns>The value.</returns>
    public double Double() => _session is null ? B24JsonRead.Double(ref _reader) : Lenient(B24JsonRead.Double, 0);

    /// <summary>Reads a <c>double?</c>.</summary>
    /// <returns>The value.</returns>
    public double? NullableDouble() => _session is null ? B24JsonRead.NullableDouble(ref _reader) : Lenient(B24JsonRead.NullableDouble, null);

    /// <summary>Reads a <c>bool</c> or <c>yn</c>.</summary>
    /// <returns>The value.</returns>
    public bool Boolean() => _session is null ? B24JsonRead.Boolean(ref _reader) : Lenient(B24JsonRead.Boolean, false);

    /// <summary>Reads a <c>bool?</c> or <c>yn?</c>.</summary>
    /// <returns>The value.</returns>
    public bool? NullableBoolean() => _session is null ? B24JsonRead.NullableBoolean(ref _reader) : Lenient(B24JsonRead.NullableBoolean, null);

    /// <summary>Reads a <c>date</c>.</summary>
    /// <returns>The value.</returns>
    public B24Date Date() => _session is null ? B24JsonRead.Date(ref _reader) : Lenient(B24JsonRead.Date, default);

    /// <summary>Reads a <c>date?</c>.</summary>
    /// <returns>The value.</returns>
    public B24Date? NullableDate() => _session is null ? B24JsonRead.NullableDate(ref _reader) : Lenient(B24JsonRead.NullableDate, null);

    /// <summary>Reads a <c>datetime</c>.</summary>
    /// <returns>The value.</returns>
    public B24DateTime DateTime() => _session is null ? B24JsonRead.DateTime(ref _reader) : Lenient(B24JsonRead.DateTime, default);

    /// <summary>Reads a <c>datetime?</c>.</summary>
    /// <returns>The value.</returns>
    public B24DateTime? NullableDateTime() => _session is null ? B24JsonRead.NullableDateTime(ref _reader) : Lenient(B24JsonRead.NullableDateTime, null);

    /// <summary>Reads a <c>timestamp</c>.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset Timestamp() => _session is null ? B24JsonRead.Timestamp(ref _reader) : Lenient(B24JsonRead.Timestamp, default);

    /// <summary>Reads a <c>timestamp?</c>.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset? NullableTimestamp() => _session is null ? B24JsonRead.NullableTimestamp(ref _reader) : Lenient(B24JsonRead.NullableTimestamp, null);

    /// <summary>Reads <c>any</c>.</summary>
    /// <returns>The value.</returns>
    public JsonElement Any() => _session is null ? B24JsonRead.Any(ref _reader) : Lenient(B24JsonRead.Any, default);

    /// <summary>Reads <c>any?</c>.</summary>
    /// <returns>The value.</returns>
    public JsonElement? NullableAny() => _session is null ? B24JsonRead.NullableAny(ref _reader) : Lenient(B24JsonRead.NullableAny, null);

    /// <summary>Reads a value of a generated, list, map, nullable or union type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="type">Its JSON type.</param>
    /// <returns>The value.</returns>
    public T Read<T>(B24JsonType<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _session is null ? type.Read(ref _reader) : Lenient(type.ReadFunc, type, default!);
    }

    /// <summary>Consumes what the reading constructor left, so the reader ends on the object's last token.</summary>
    internal void ReadToEnd()
    {
        while (Next(out _))
        {
            _reader.Skip();
        }

        CurrentName = null;
    }

    internal readonly Utf8JsonReader Reader => _reader;

    internal readonly bool Seen(int index) => _seen.Contains(index);

    private T Lenient<T>(B24ReadFunc<T> read, T fallback) => Lenient(read, null, fallback);

    /// <summary>
    /// Reads the current property's value; when it does not fit, records the problem, keeps the raw value and
    /// returns the property's default (an empty list, map or object for those types) instead of failing the call.
    /// Malformed JSON still fails: that is not a value of another type but a broken response.
    /// </summary>
    private T Lenient<T>(B24ReadFunc<T> read, B24JsonType<T>? type, T fallback)
    {
        var start = _reader;
        try
        {
            return read(ref _reader);
        }
        catch (B24JsonReadException exception) when (!exception.IsMalformedJson && _current >= 0)
        {
            _reader = start;
            var raw = JsonElement.ParseValue(ref _reader);
            var name = _names[_current];
            _session!.Record(exception, _typeName, name, _schema?.Describe(_current), raw.GetRawText());
            _failed.Add(_current);
            if (_keepUnknown)
            {
                (_additional ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = raw;
            }

            return type is null ? fallback : type.Fallback();
        }
    }
}
