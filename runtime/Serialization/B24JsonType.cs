using System.ComponentModel;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;

namespace B24Gen.Serialization;

/// <summary>
/// How B24Gen reads and writes values of <typeparamref name="T"/> as the portal's JSON, without reflection. Each
/// generated type has one (<c>CalendarSection.JsonType</c>); lists, maps and nullable values are composed from
/// them at run time (<see cref="List"/>, <see cref="Map"/>), so generated code holds no per-type JSON plumbing.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class B24JsonType<T> : IB24ConverterSource
{
    private B24JsonType<IReadOnlyList<T>>? _list;
    private B24JsonType<IReadOnlyDictionary<string, T>>? _map;
    private B24ReadFunc<T>? _readFunc;
    private B24WriteAction<T>? _writeAction;
    internal object? NullableCache;
    internal object? UnionCache;

    /// <summary>A list of these values (<c>T[]</c> in the schema), read leniently.</summary>
    public B24JsonType<IReadOnlyList<T>> List => _list ?? Interlocked.CompareExchange(ref _list, new ListJsonType<T>(this), null) ?? _list;

    /// <summary>A map from string keys to these values (<c>map&lt;T&gt;</c> in the schema), read leniently.</summary>
    public B24JsonType<IReadOnlyDictionary<string, T>> Map => _map ?? Interlocked.CompareExchange(ref _map, new MapJsonType<T>(this), null) ?? _map;

    /// <summary>A JSON type.</summary>
    protected B24JsonType()
    {
    }

    /// <summary>A JSON type whose reading and writing are these delegates: lists of it call them directly.</summary>
    /// <param name="read">Reads a value.</param>
    /// <param name="write">Writes a value.</param>
    private protected B24JsonType(B24ReadFunc<T> read, B24WriteAction<T> write)
    {
        _readFunc = read;
        _writeAction = write;
    }

    /// <summary><see cref="Read"/> as a delegate, made once.</summary>
    public B24ReadFunc<T> ReadFunc => _readFunc ??= Read;

    /// <summary><see cref="Write"/> as a delegate, made once.</summary>
    public B24WriteAction<T> WriteAction => _writeAction ??= Write;

    /// <summary>Whether a value can start with <paramref name="token"/>; chooses the shape of a union.</summary>
    /// <param name="token">The current token.</param>
    /// <returns>The answer.</returns>
    public abstract bool CanStartWith(JsonTokenType token);

    /// <summary>Reads a value; the reader stands on its first token and is left on its last.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value.</returns>
    public abstract T Read(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>
    /// The value a member of this type keeps when the portal sent something that does not fit (a lenient read):
    /// empty for lists and maps, an object with every property at its default, otherwise <c>default</c>.
    /// </summary>
    /// <returns>The value.</returns>
    internal virtual T Fallback() => default!;

    JsonConverter IB24ConverterSource.CreateConverter() => new B24JsonConverter<T>(this);
}
