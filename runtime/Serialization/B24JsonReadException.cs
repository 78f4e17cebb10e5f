using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// The JSON did not have the shape the schema describes, or was not valid JSON. Carries the JSON path
/// (<c>$.result[0].ACCESS.D114</c>), what was expected and what was found. A <see cref="JsonException"/>, so
/// the generated converters behave as System.Text.Json expects; calls through <see cref="B24Client"/> turn it
/// into a <see cref="B24ResponseFormatException"/> that also names the method.
/// </summary>
public sealed class B24JsonReadException : JsonException
{
    private readonly List<string> _segments = new();

    /// <summary>Creates the exception.</summary>
    /// <param name="expected">What the schema expected.</param>
    /// <param name="found">What the JSON held.</param>
    /// <param name="innerException">The reader's own exception, if any.</param>
    public B24JsonReadException(string expected, string found, Exception? innerException = null)
        : base(null, innerException)
    {
        Expected = expected;
        Found = found;
    }

    /// <summary>What the schema expected, e.g. <c>an integer</c>.</summary>
    public string Expected { get; }

    /// <summary>What the JSON held, e.g. <c>the string "abc"</c>.</summary>
    public string Found { get; }

    /// <summary>Where in the JSON, e.g. <c>$.result[0].ID</c>.</summary>
    public string JsonPath
    {
        get
        {
            var builder = new StringBuilder("$");
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                builder.Append(_segments[i]);
            }

            return builder.ToString();
        }
    }

    /// <summary>The generated type and wire name of the member that did not fit (<c>CalendarEvent.MEETING</c>), when known.</summary>
    public string? Member { get; private set; }

    /// <inheritdoc/>
    public override string Message => Member is null
        ? $"Expected {Expected} at {JsonPath}, found {Found}."
        : $"Expected {Expected} at {JsonPath} ({Member}{(SchemaLocation is null ? "" : ", declared in " + SchemaLocation)}), found {Found}. {SchemaFix.For(Found)}";

    /// <summary>Where the member is declared in the schema YAML (<c>calendar.section.get.yaml, line 27</c>), when known.</summary>
    public string? SchemaLocation { get; private set; }

    /// <summary>Names the member that did not fit; the innermost object names it, the outer ones leave it.</summary>
    internal B24JsonReadException InMember(string typeName, string wireName, string? schemaLocation)
    {
        if (Member is null && !IsMalformedJson)
        {
            Member = typeName + "." + wireName;
            SchemaLocation = schemaLocation;
        }

        return this;
    }

    /// <summary>Adds the property the failure happened in, as the reader unwinds.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="propertyName">The property's wire name.</param>
    /// <returns>The exception to throw.</returns>
    public static B24JsonReadException AtProperty(Exception exception, string propertyName) =>
        From(exception).Prepend(PropertySegment(propertyName));

    /// <summary>The path segment of a property: <c>.NAME</c>, or <c>['odd name']</c>.</summary>
    internal static string PropertySegment(string propertyName) =>
        IsPlainName(propertyName) ? "." + propertyName : "['" + propertyName.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>Adds the array index the failure happened at, as the reader unwinds.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="index">The index.</param>
    /// <returns>The exception to throw.</returns>
    public static B24JsonReadException AtIndex(Exception exception, int index) =>
        From(exception).Prepend("[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

    internal B24JsonReadException Prepend(string segment)
    {
        _segments.Add(segment);
        return this;
    }

    /// <summary>Whether the JSON itself was broken (not a value of another type): lenient reading does not forgive that.</summary>
    internal bool IsMalformedJson => ReferenceEquals(Expected, MalformedExpected);

    private const string MalformedExpected = "valid JSON";

    private static B24JsonReadException From(Exception exception) => exception as B24JsonReadException
        ?? new B24JsonReadException(MalformedExpected, "malformed or truncated JSON (" + exception.Message + ")", exception);

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
