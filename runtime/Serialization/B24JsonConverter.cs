using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B24Gen.Serialization;

/// <summary>
/// Lets System.Text.Json read and write a generated type with its generated code (no reflection): every
/// generated type carries <c>[JsonConverter(typeof(B24JsonConverter&lt;T&gt;))]</c>.
/// </summary>
/// <typeparam name="T">A generated type.</typeparam>
public sealed class B24JsonConverter<T> : JsonConverter<T>
    where T : IB24JsonValue<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => T.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => T.Write(writer, value);
}
