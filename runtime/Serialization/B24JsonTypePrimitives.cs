using System.ComponentModel;
using System;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// The schema's primitive types (<c>string</c>, <c>int</c>, <c>yn</c>, <c>datetime</c>...) and their nullable forms,
/// read leniently by <see cref="B24JsonRead"/> and written exactly by <see cref="B24JsonWrite"/>; and
/// <see cref="Union{T1, T2}"/> for <c>A | B</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24JsonType
{
    private static readonly Func<JsonTokenType, bool> s_text = static token => token is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False;
    private static readonly Func<JsonTokenType, bool> s_number = static token => token is JsonTokenType.Number or JsonTokenType.String;
    private static readonly Func<JsonTokenType, bool> s_anything = static _ => true;

    /// <summary><c>string</c>: numbers and booleans are kept as their JSON text.</summary>
    public static B24JsonType<string> String { get; } = new PrimitiveJsonType<string>(B24JsonRead.String, B24JsonWrite.String, s_text);

    /// <summary><c>string?</c>.</summary>
    public static B24JsonType<string?> NullableString { get; } = new PrimitiveJsonType<string?>(B24JsonRead.NullableString, WriteNullableString, static token => token == JsonTokenType.Null || s_text(token));

    /// <summary><c>int</c> (64-bit): JSON numbers and numeric strings.</summary>
    public static B24JsonType<long> Int64 { get; } = new PrimitiveJsonType<long>(B24JsonRead.Int64, B24JsonWrite.Int64, s_number);

    /// <summary><c>int?</c>.</summary>
    public static B24JsonType<long?> NullableInt64 { get; } = new NullableValueJsonType<long>(Int64);

    /// <summary><c>double</c>: JSON numbers and numeric strings.</summary>
    public static B24JsonType<double> Double { get; } = new PrimitiveJsonType<double>(B24JsonRead.Double, B24JsonWrite.Double, s_number);

    /// <summary><c>double?</c>.</summary>
    public static B24JsonType<double?> NullableDouble { get; } = new NullableValueJsonType<double>(Double);

    /// <summary><c>bool</c>: reads <c>true</c>, <c>"Y"</c>, <c>1</c>, <c>"1"</c>...; writes a JSON boolean.</summary>
    public static B24JsonType<bool> Boolean { get; } = new PrimitiveJsonType<bool>(B24JsonRead.Boolean, B24JsonWrite.Boolean, s_text);

    /// <summary><c>bool?</c>.</summary>
    public static B24JsonType<bool?> NullableBoolean { get; } = new NullableValueJsonType<bool>(Boolean);

    /// <summary><c>yn</c>: reads as <see cref="Boolean"/>; writes <c>"Y"</c> or <c>"N"</c>.</summary>
    public static B24JsonType<bool> YesNo { get; } = new PrimitiveJsonType<bool>(B24JsonRead.Boolean, B24JsonWrite.YesNo, s_text);

    /// <summary><c>yn?</c>.</summary>
    public static B24JsonType<bool?> NullableYesNo { get; } = new NullableValueJsonType<bool>(YesNo);

    /// <summary><c>date</c>.</summary>
    public static B24JsonType<B24Date> Date { get; } = new PrimitiveJsonType<B24Date>(B24JsonRead.Date, B24JsonWrite.Date, s_number);

    /// <summary><c>date?</c>.</summary>
    public static B24JsonType<B24Date?> NullableDate { get; } = new NullableValueJsonType<B24Date>(Date);

    /// <summary><c>datetime</c>: the portal's formats, with the original text kept.</summary>
    public static B24JsonType<B24DateTime> DateTime { get; } = new PrimitiveJsonType<B24DateTime>(B24JsonRead.DateTime, B24JsonWrite.DateTime, s_number);

    /// <summary><c>datetime?</c>.</summary>
    public static B24JsonType<B24DateTime?> NullableDateTime { get; } = new NullableValueJsonType<B24DateTime>(DateTime);

    /// <summary><c>timestamp</c>: Unix seconds.</summary>
    public static B24JsonType<DateTimeOffset> Timestamp { get; } = new PrimitiveJsonType<DateTimeOffset>(B24JsonRead.Timestamp, B24JsonWrite.Timestamp, s_number);

    /// <summary><c>timestamp?</c>.</summary>
    public static B24JsonType<DateTimeOffset?> NullableTimestamp { get; } = new NullableValueJsonType<DateTimeOffset>(Timestamp);

    /// <summary><c>any</c>: the raw JSON value.</summary>
    public static B24JsonType<JsonElement> Any { get; } = new PrimitiveJsonType<JsonElement>(B24JsonRead.Any, B24JsonWrite.Any, s_anything);

    /// <summary><c>any?</c>: <c>null</c> reads as null.</summary>
    public static B24JsonType<JsonElement?> NullableAny { get; } = new PrimitiveJsonType<JsonElement?>(B24JsonRead.NullableAny, WriteNullableAny, s_anything);

    /// <summary><c>A | B</c>: the first shape when the value can start as one, else the second. Made once per pair.</summary>
    /// <typeparam name="T1">The first shape.</typeparam>
    /// <typeparam name="T2">The second shape.</typeparam>
    /// <param name="first">The first shape's type.</param>
    /// <param name="second">The second shape's type.</param>
    /// <returns>The union's type.</returns>
    public static B24JsonType<B24Union<T1, T2>> Union<T1, T2>(B24JsonType<T1> first, B24JsonType<T2> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        lock (first)
        {
            var known = first.UnionCache as UnionJsonType<T1, T2>[] ?? [];
            foreach (var union in known)
            {
                if (ReferenceEquals(union.Second, second))
                {
                    return union;
                }
            }

            var made = new UnionJsonType<T1, T2>(first, second);
            first.UnionCache = (UnionJsonType<T1, T2>[])[.. known, made];
            return made;
        }
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string? value)
    {
        if (value is not null)
        {
            writer.WriteStringValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteNullableAny(Utf8JsonWriter writer, JsonElement? value)
    {
        if (value is { ValueKind: not JsonValueKind.Undefined } present)
        {
            present.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary><c>T?</c> for struct types (open enums, unions, dates): <c>CalendarType.JsonType.OrNull()</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24NullableValueJsonType
{
    /// <summary>The nullable form of a struct type: <c>null</c> and <c>""</c> read as null. Made once per type.</summary>
    /// <typeparam name="T">The struct type.</typeparam>
    /// <param name="type">Its JSON type.</param>
    /// <returns>The nullable type.</returns>
    public static B24JsonType<T?> OrNull<T>(this B24JsonType<T> type)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.NullableCache as B24JsonType<T?> ?? (B24JsonType<T?>)(type.NullableCache = new NullableValueJsonType<T>(type));
    }
}

/// <summary><c>T?</c> for reference types (objects, lists, maps): <c>CalendarSection.JsonType.OrNull()</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class B24NullableReferenceJsonType
{
    /// <summary>The nullable form of a reference type: <c>null</c> and <c>""</c> read as null. Made once per type.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="type">Its JSON type.</param>
    /// <returns>The nullable type.</returns>
    public static B24JsonType<T?> OrNull<T>(this B24JsonType<T> type)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.NullableCache as B24JsonType<T?> ?? (B24JsonType<T?>)(type.NullableCache = new NullableReferenceJsonType<T>(type));
    }
}
