using System.ComponentModel;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>Reads one value; the reader stands on its first token and is left on its last.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">The reader.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T B24ReadFunc<out T>(ref Utf8JsonReader reader);

/// <summary>Writes one value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void B24WriteAction<in T>(Utf8JsonWriter writer, T value);
