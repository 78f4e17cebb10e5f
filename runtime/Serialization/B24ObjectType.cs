using System.ComponentModel;
using System;
using System.Text.Json;
using System.Threading;

namespace B24Gen.Serialization;

/// <summary>Reads an object's properties: the generated type's reading constructor, <c>(ref reader) => new(ref reader)</c>.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="reader">The object's reader.</param>
/// <returns>The object.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T B24ObjectReadFunc<out T>(ref B24ObjectReader reader);

/// <summary>Writes an object's properties, without the braces.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="writer">The object's writer.</param>
/// <param name="value">The object.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void B24ObjectWriteAction<in T>(B24ObjectWriter writer, T value);

/// <summary>
/// The JSON type of a generated object type: its wire names (in schema order), its reading constructor and its
/// property writer. The name lookup, the loop over properties, unknown fields, required properties, <c>[]</c> for an
/// empty object and the JSON path of a failure live here, once, rather than in every generated type.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class B24ObjectType<T> : B24JsonType<T>
    where T : class
{
    private readonly B24ObjectReadFunc<T> _read;
    private readonly B24ObjectWriteAction<T> _write;
    private readonly int[] _required;
    private T? _default;

    [ThreadStatic]
    private static bool t_makingDefault;

    /// <summary>Describes an object type.</summary>
    /// <param name="names">The wire names; a property's index in generated code is its position here.</param>
    /// <param name="read">Reads the properties (the generated reading constructor).</param>
    /// <param name="write">Writes the properties.</param>
    /// <param name="keepUnknown">Whether unknown properties are kept (result types) or skipped (requests).</param>
    /// <param name="required">Indexes of properties that must be present (a request's required parameters).</param>
    /// <param name="schema">Where the fields are declared, for messages about values that do not fit.</param>
    /// <param name="oneOf">A request's one-of requirements: each needs one of its alternatives set.</param>
    public B24ObjectType(string[] names, B24ObjectReadFunc<T> read, B24ObjectWriteAction<T> write, bool keepUnknown = true, int[]? required = null, B24SchemaSource? schema = null, B24OneOf[]? oneOf = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        Names = new B24PropertyNames(names);
        _read = read;
        _write = write;
        KeepUnknown = keepUnknown;
        _required = required ?? [];
        Schema = schema;
        OneOf = oneOf ?? [];
    }

    /// <summary>A request's one-of requirements (the schema's <c>oneOf:</c>), checked before a call is sent.</summary>
    public System.Collections.Generic.IReadOnlyList<B24OneOf> OneOf { get; }

    /// <summary>Where the fields are declared in the schema YAML, when the generator said so.</summary>
    public B24SchemaSource? Schema { get; }

    internal B24PropertyNames Names { get; }

    internal bool KeepUnknown { get; }

    /// <summary>The generated type's name, for the problems a lenient read records.</summary>
    internal static string TypeName { get; } = typeof(T).Name;

    /// <summary>
    /// The object with every property at its initial value, made once and shared: generated objects cannot change
    /// after they are made, so it is the initial value of every property of this type. A type that contains itself
    /// (directly or through others) gets null for the innermost one, where a fresh object would never end.
    /// </summary>
    public T Default
    {
        get
        {
            if (_default is { } made)
            {
                return made;
            }

            if (t_makingDefault)
            {
                return null!;
            }

            t_makingDefault = true;
            try
            {
                // What the reading constructor makes of "{}": initializers only, nothing marked as set or read.
                var reader = new Utf8JsonReader("{}"u8);
                reader.Read();
                var properties = new B24ObjectReader(reader, Names, KeepUnknown, TypeName, Schema);
                var value = _read(ref properties);
                return Interlocked.CompareExchange(ref _default, value, null) ?? value;
            }
            finally
            {
                t_makingDefault = false;
            }
        }
    }

    /// <inheritdoc/>
    internal override T Fallback() => Default;

    /// <inheritdoc/>
    public override bool CanStartWith(JsonTokenType token) => token is JsonTokenType.StartObject or JsonTokenType.StartArray;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader)
    {
        var properties = new B24ObjectReader(reader, Names, KeepUnknown, TypeName, Schema);
        T value;
        try
        {
            value = _read(ref properties);
            properties.ReadToEnd();
            reader = properties.Reader;
        }
        catch (JsonException exception) when (properties.CurrentName is { } name)
        {
            throw B24JsonReadException.AtProperty(exception, name).InMember(TypeName, name, Schema?.Describe(properties.CurrentIndex));
        }

        foreach (var index in _required)
        {
            B24JsonRead.Required(properties.Seen(index), Names[index]);
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Writes the properties into an object someone else opened (a request body, which adds <c>auth</c>).</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="value">The value.</param>
    public void WriteProperties(Utf8JsonWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        _write(new B24ObjectWriter(writer, Names), value);
    }

    /// <summary>The nullable form, <c>T?</c>: <c>null</c> and <c>""</c> read as null. Made once.</summary>
    /// <returns>The nullable type.</returns>
    /// <remarks>An instance member, so generated code (which has no <c>using</c> directives) finds it.</remarks>
    public B24JsonType<T?> OrNull() => B24NullableReferenceJsonType.OrNull(this);
}
