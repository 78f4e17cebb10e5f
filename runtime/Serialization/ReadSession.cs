using System;
using System.Collections.Generic;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// The reading of one response's <c>result</c> in lenient mode: a member whose value does not fit its declared type
/// keeps its default and is recorded here, instead of failing the call. Reading is synchronous, so the session is
/// the current thread's for the duration of <see cref="Begin"/>'s scope; reads outside one (a user's
/// <c>JsonSerializer</c> call, strict mode) throw as before.
/// </summary>
internal sealed class ReadSession
{
    [ThreadStatic]
    private static ReadSession? t_current;

    private readonly List<Entry> _problems = new();

    private ReadSession()
    {
    }

    /// <summary>The current thread's session, or null when reading is strict.</summary>
    public static ReadSession? Current => t_current;

    /// <summary>How many problems were recorded so far: the start of a value's problems, for <see cref="Prefix"/>.</summary>
    public int Count => _problems.Count;

    /// <summary>Starts a lenient session on this thread; dispose the scope to end it.</summary>
    /// <returns>The scope, which holds the session.</returns>
    public static Scope Begin()
    {
        var session = new ReadSession();
        var outer = t_current;
        t_current = session;
        return new Scope(session, outer);
    }

    /// <summary>Records a member that could not be read; its path is completed by the enclosing readers.</summary>
    public void Record(B24JsonReadException exception, string typeName, string wireName, string? schemaLocation, string rawJson)
    {
        var entry = new Entry(typeName, wireName, schemaLocation, exception.Expected, exception.Found, rawJson);
        entry.Segments.Add(exception.JsonPath.Substring(1));
        _problems.Add(entry);
    }

    /// <summary>Puts <paramref name="segment"/> (<c>.NAME</c>, <c>[3]</c>) before the path of every problem since <paramref name="start"/>.</summary>
    public void Prefix(int start, string segment)
    {
        for (var i = start; i < _problems.Count; i++)
        {
            _problems[i].Segments.Add(segment);
        }
    }

    /// <summary>Puts a property's name before the paths of the problems since <paramref name="start"/>.</summary>
    public void PrefixProperty(int start, string name)
    {
        if (start < _problems.Count)
        {
            Prefix(start, B24JsonReadException.PropertySegment(name));
        }
    }

    /// <summary>Puts a list index before the paths of the problems since <paramref name="start"/>.</summary>
    public void PrefixIndex(int start, int index)
    {
        if (start < _problems.Count)
        {
            Prefix(start, "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        }
    }

    /// <summary>The problems, with paths rooted at <paramref name="root"/> (<c>$.result</c>).</summary>
    public IReadOnlyList<B24ReadProblem> Problems(string root)
    {
        if (_problems.Count == 0)
        {
            return [];
        }

        var problems = new B24ReadProblem[_problems.Count];
        for (var i = 0; i < problems.Length; i++)
        {
            var entry = _problems[i];
            var path = new System.Text.StringBuilder(root);
            for (var s = entry.Segments.Count - 1; s >= 0; s--)
            {
                path.Append(entry.Segments[s]);
            }

            problems[i] = new B24ReadProblem(path.ToString(), entry.TypeName, entry.WireName, entry.Expected, entry.Found, entry.RawJson) { SchemaLocation = entry.SchemaLocation };
        }

        return problems;
    }

    /// <summary>The raw JSON of the value <paramref name="reader"/> stands on, for the problem and <c>AdditionalFields</c>.</summary>
    public static JsonElement Raw(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Ends the session it began, restoring the one around it.</summary>
    public readonly struct Scope(ReadSession session, ReadSession? outer) : IDisposable
    {
        public ReadSession Session => session;

        public void Dispose() => t_current = outer;
    }

    private sealed record Entry(string TypeName, string WireName, string? SchemaLocation, string Expected, string Found, string RawJson)
    {
        // Innermost first, as the readers unwind.
        public List<string> Segments { get; } = new(4);
    }
}
