using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>A JSON type made of two delegates: the runtime's primitives.</summary>
internal sealed class PrimitiveJsonType<T>(B24ReadFunc<T> read, B24WriteAction<T> write, Func<JsonTokenType, bool> canStartWith) : B24JsonType<T>(read, write)
{
    public override bool CanStartWith(JsonTokenType token) => canStartWith(token);

    public override T Read(ref Utf8JsonReader reader) => ReadFunc(ref reader);

    public override void Write(Utf8JsonWriter writer, T value) => WriteAction(writer, value);
}

/// <summary>A list: <see cref="B24JsonRead.List{T}"/> with the item's type.</summary>
internal sealed class ListJsonType<T>(B24JsonType<T> item) : B24JsonType<IReadOnlyList<T>>
{
    public override bool CanStartWith(JsonTokenType token) => token == JsonTokenType.StartArray;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader) => B24JsonRead.List(ref reader, item.ReadFunc);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value) => B24JsonWrite.List(writer, value, item.WriteAction);

    internal override IReadOnlyList<T> Fallback() => [];
}

/// <summary>A map: <see cref="B24JsonRead.Map{T}"/> with the value's type.</summary>
internal sealed class MapJsonType<T>(B24JsonType<T> value) : B24JsonType<IReadOnlyDictionary<string, T>>
{
    public override bool CanStartWith(JsonTokenType token) => token == JsonTokenType.StartObject;

    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader) => B24JsonRead.Map(ref reader, value.ReadFunc);

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value1) => B24JsonWrite.Map(writer, value1, value.WriteAction);

    internal override IReadOnlyDictionary<string, T> Fallback() => System.Collections.ObjectModel.ReadOnlyDictionary<string, T>.Empty;
}

/// <summary>A nullable struct: <c>null</c> and <c>""</c> read as null; null is written as <c>null</c>.</summary>
internal sealed class NullableValueJsonType<T>(B24JsonType<T> inner) : B24JsonType<T?>
    where T : struct
{
    public override bool CanStartWith(JsonTokenType token) => token == JsonTokenType.Null || inner.CanStartWith(token);

    public override T? Read(ref Utf8JsonReader reader) => B24JsonRead.IsNull(ref reader) ? null : inner.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, T? value)
    {
        if (value is { } present)
        {
            inner.Write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A nullable reference: <c>null</c> and <c>""</c> read as null; null is written as <c>null</c>.</summary>
internal sealed class NullableReferenceJsonType<T>(B24JsonType<T> inner) : B24JsonType<T?>
    where T : class
{
    public override bool CanStartWith(JsonTokenType token) => token == JsonTokenType.Null || inner.CanStartWith(token);

    public override T? Read(ref Utf8JsonReader reader) => B24JsonRead.IsNull(ref reader) ? null : inner.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, T? value)
    {
        if (value is not null)
        {
            inner.Write(writer, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>
/// One of two shapes, chosen by the first token: the first shape wins when both could start with it, unless the token
/// is a scalar whose value does not fit the first (<c>int | string</c> and <c>"abc"</c>).
/// </summary>
internal sealed class UnionJsonType<T1, T2>(B24JsonType<T1> first, B24JsonType<T2> second) : B24JsonType<B24Union<T1, T2>>
{
    public B24JsonType<T2> Second => second;

    public override bool CanStartWith(JsonTokenType token) => first.CanStartWith(token) || second.CanStartWith(token);

    public override B24Union<T1, T2> Read(ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        if (!first.CanStartWith(token))
        {
            return new B24Union<T1, T2>(second.Read(ref reader));
        }

        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray || !second.CanStartWith(token))
        {
            return new B24Union<T1, T2>(first.Read(ref reader));
        }

        // A scalar both alternatives take (int | string and "abc"): the first, unless its value does not fit it.
        // Reading a scalar does not move the reader, so the second starts from the same token.
        var start = reader;
        try
        {
            return new B24Union<T1, T2>(first.Read(ref reader));
        }
        catch (JsonException)
        {
            reader = start;
            return new B24Union<T1, T2>(second.Read(ref reader));
        }
    }

    public override void Write(Utf8JsonWriter writer, B24Union<T1, T2> value)
    {
        if (value.TryGetFirst(out var one))
        {
            first.Write(writer, one);
        }
        else if (value.TryGetSecond(out var two) && two is not null)
        {
            second.Write(writer, two);
        }
        else
        {
            // default(B24Union): neither alternative was given a value.
            writer.WriteNullValue();
        }
    }
}
