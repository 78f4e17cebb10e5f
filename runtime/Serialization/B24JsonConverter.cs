using System.ComponentModel;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B24Gen.Serialization;

/// <summary>Lets System.Text.Json read and write a generated type with its <see cref="B24JsonType{T}"/> (no reflection).</summary>
/// <typeparam name="T">A generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class B24JsonConverter<T> : JsonConverter<T>
{
    private readonly B24JsonType<T> _type;

    /// <summary>A converter for one JSON type.</summary>
    /// <param name="type">The JSON type.</param>
    public B24JsonConverter(B24JsonType<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _type = type;
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _type.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _type.Write(writer, value);
}

/// <summary>
/// The converters of one generated file: its types carry <c>[JsonConverter(typeof(JsonConverters))]</c>, and the
/// file's <c>JsonConverters</c> class maps each type to its JSON type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class B24JsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => JsonTypeOf(typeToConvert) is not null;

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonTypeOf(typeToConvert) as IB24ConverterSource)?.CreateConverter();

    /// <summary>The JSON type of <paramref name="type"/> (a <see cref="B24JsonType{T}"/>), or null.</summary>
    /// <param name="type">A type of the file.</param>
    /// <returns>Its JSON type, or null.</returns>
    protected abstract object? JsonTypeOf(Type type);
}

/// <summary>Makes a converter from a JSON type whose type parameter the caller does not know.</summary>
internal interface IB24ConverterSource
{
    JsonConverter CreateConverter();
}
