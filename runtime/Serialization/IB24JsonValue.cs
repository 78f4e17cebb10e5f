using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// A type B24Gen knows how to read and write as the portal's JSON, without reflection. Every generated type
/// implements it; the runtime's generic helpers call it through constrained static calls.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IB24JsonValue<TSelf>
    where TSelf : IB24JsonValue<TSelf>
{
    /// <summary>Whether a value of this type can start with <paramref name="token"/> (used to read unions).</summary>
    /// <param name="token">The current token.</param>
    static abstract bool CanStartWith(JsonTokenType token);

    /// <summary>Reads a value; the reader stands on its first token and is left on its last.</summary>
    /// <param name="reader">The reader.</param>
    static abstract TSelf Read(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    static abstract void Write(Utf8JsonWriter writer, TSelf value);
}

/// <summary>A JSON object type: its properties can be written into an object someone else opened.</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IB24JsonObject<TSelf> : IB24JsonValue<TSelf>
    where TSelf : IB24JsonObject<TSelf>
{
    /// <summary>Writes the properties, without the enclosing braces.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="value">The value.</param>
    static abstract void WriteProperties(Utf8JsonWriter writer, TSelf value);
}
