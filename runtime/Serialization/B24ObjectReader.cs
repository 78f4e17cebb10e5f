using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// Walks one JSON object for a generated type's reading constructor: <see cref="Next"/> stops on each known
/// property (by its index in the type's names) and keeps or skips the unknown ones itself.
/// </summary>
public ref struct B24ObjectReader
{
    private Utf8JsonReader _reader;
    private readonly B24PropertyNames _names;
    private readonly bool _keepUnknown;
    private bool _done;
    private int _last;
    private ulong _seen;
    private bool[]? _seenBeyond64;
    private Dictionary<string, JsonElement>? _additional;

    // Holds a copy of the caller's reader (a ref struct cannot hold a reference to one); B24ObjectType copies it back.
    internal B24ObjectReader(Utf8JsonReader reader, B24PropertyNames names, bool keepUnknown)
    {
        _reader = reader;
        _names = names;
        _keepUnknown = keepUnknown;
        _last = -1;
        _done = !B24JsonRead.StartObject(ref _reader);
    }

    /// <summary>Fields the type does not describe, as sent; empty when there were none (or they were skipped).</summary>
    public readonly IReadOnlyDictionary<string, JsonElement> AdditionalFields => B24JsonRead.Freeze(_additional);

    /// <summary>The wire name of the property being read, for the JSON path of a failure.</summary>
    internal string? CurrentName { get; private set; }

    /// <summary>Moves to the next known property's value; false at the end of the object.</summary>
    /// <param name="index">The property's index in the type's names.</param>
    /// <returns>Whether the reader stands on a known property's value.</returns>
    public bool Next(out int index)
    {
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
            MarkSeen(index);
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>Reads a <c>string</c>.</summary>
    /// <returns>The value.</returns>
    public string String() => B24JsonRead.String(ref _reader);

    /// <summary>Reads a <c>string?</c>.</summary>
    /// <returns>The value.</returns>
    public string? NullableString() => B24JsonRead.NullableString(ref _reader);

    /// <summary>Reads an <c>int</c>.</summary>
    /// <returns>The value.</returns>
    public long Int64() => B24JsonRead.Int64(ref _reader);

    /// <summary>Reads an <c>int?</c>.</summary>
    /// <returns>The value.</returns>
    public long? NullableInt64() => B24JsonRead.NullableInt64(ref _reader);

    /// <summary>Reads a <c>double</c>.</summary>
    /// <returns>The value.</returns>
    public double Double() => B24JsonRead.Double(ref _reader);

    /// <summary>Reads a <c>double?</c>.</summary>
    /// <returns>The value.</returns>
    public double? NullableDouble() => B24JsonRead.NullableDouble(ref _reader);

    /// <summary>Reads a <c>bool</c> or <c>yn</c>.</summary>
    /// <returns>The value.</returns>
    public bool Boolean() => B24JsonRead.Boolean(ref _reader);

    /// <summary>Reads a <c>bool?</c> or <c>yn?</c>.</summary>
    /// <returns>The value.</returns>
    public bool? NullableBoolean() => B24JsonRead.NullableBoolean(ref _reader);

    /// <summary>Reads a <c>date</c>.</summary>
    /// <returns>The value.</returns>
    public B24Date Date() => B24JsonRead.Date(ref _reader);

    /// <summary>Reads a <c>date?</c>.</summary>
    /// <returns>The value.</returns>
    public B24Date? NullableDate() => B24JsonRead.NullableDate(ref _reader);

    /// <summary>Reads a <c>datetime</c>.</summary>
    /// <returns>The value.</returns>
    public B24DateTime DateTime() => B24JsonRead.DateTime(ref _reader);

    /// <summary>Reads a <c>datetime?</c>.</summary>
    /// <returns>The value.</returns>
    public B24DateTime? NullableDateTime() => B24JsonRead.NullableDateTime(ref _reader);

    /// <summary>Reads a <c>timestamp</c>.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset Timestamp() => B24JsonRead.Timestamp(ref _reader);

    /// <summary>Reads a <c>timestamp?</c>.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset? NullableTimestamp() => B24JsonRead.NullableTimestamp(ref _reader);

    /// <summary>Reads <c>any</c>.</summary>
    /// <returns>The value.</returns>
    public JsonElement Any() => B24JsonRead.Any(ref _reader);

    /// <summary>Reads <c>any?</c>.</summary>
    /// <returns>The value.</returns>
    public JsonElement? NullableAny() => B24JsonRead.NullableAny(ref _reader);

    /// <summary>Reads a value of a generated, list, map, nullable or union type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="type">Its JSON type.</param>
    /// <returns>The value.</returns>
    public T Read<T>(B24JsonType<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Read(ref _reader);
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

    internal readonly bool Seen(int index) => index < 64 ? (_seen & (1UL << index)) != 0 : _seenBeyond64?[index - 64] == true;

    private void MarkSeen(int index)
    {
        if (index < 64)
        {
            _seen |= 1UL << index;
        }
        else
        {
            _seenBeyond64 ??= new bool[_names.Count - 64];
            _seenBeyond64[index - 64] = true;
        }
    }
}
