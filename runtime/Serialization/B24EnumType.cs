using System.ComponentModel;
using System;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// The JSON type of a generated open enum: known values read back as the shared instances (no allocation), any
/// other string or number is kept as its text.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class B24EnumType<T> : B24JsonType<T>
    where T : struct
{
    private readonly T[] _known;
    private readonly B24PropertyNames _names;
    private readonly Func<string, T> _create;

    /// <summary>Describes an open enum.</summary>
    /// <param name="known">The known values; each one's <c>ToString()</c> is its wire value.</param>
    /// <param name="create">Makes a value from any wire text.</param>
    public B24EnumType(T[] known, Func<string, T> create)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(create);
        _known = known;
        _create = create;
        _names = new B24PropertyNames(Array.ConvertAll(known, static value => value.ToString() ?? string.Empty));
    }

    /// <inheritdoc/>
    public override bool CanStartWith(JsonTokenType token) => token is JsonTokenType.String or JsonTokenType.Number;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader)
    {
        var text = B24JsonRead.EnumValueSpan(ref reader);
        var index = text.IsEmpty ? -1 : _names.IndexOf(text, -1);
        return index >= 0 ? _known[index] : _create(B24JsonRead.EnumValue(ref reader));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>The nullable form, <c>T?</c>: <c>null</c> and <c>""</c> read as null. Made once.</summary>
    /// <returns>The nullable type.</returns>
    /// <remarks>An instance member, so generated code (which has no <c>using</c> directives) finds it.</remarks>
    public B24JsonType<T?> OrNull() => B24NullableValueJsonType.OrNull(this);

    /// <summary>The initial value of a property of this type: no value (<c>ToString()</c> is empty).</summary>
    public T Default => default;
}
