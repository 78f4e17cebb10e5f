using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// Reads method parameters with PHP's loose typing, so a handler treats <c>"5"</c> (form field) and <c>5</c>
/// (JSON number) alike, as the portal does.
/// </summary>
public static class ParameterReader
{
    /// <summary>
    /// A scalar parameter as text: strings as-is, numbers in their JSON spelling, booleans as PHP casts them
    /// (<c>"1"</c> / <c>""</c>). <see langword="null"/> when missing, JSON <c>null</c>, an object or an array.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name (case-sensitive, as in PHP).</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? GetString(this JsonObject parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.TryGetPropertyValue(name, out var node) ? ToScalarString(node) : null;
    }

    /// <summary>Whether the parameter is present and not JSON <c>null</c> (PHP <c>isset</c>).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns><see langword="true"/> when set.</returns>
    public static bool IsSet(this JsonObject parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.TryGetPropertyValue(name, out var node) && node is not null;
    }

    /// <summary>
    /// Whether the parameter is missing or PHP-empty: <c>null</c>, <c>""</c>, <c>"0"</c>, <c>0</c>, <c>false</c>,
    /// or an empty object/array (PHP <c>empty</c>).
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns><see langword="true"/> when empty.</returns>
    public static bool IsEmpty(this JsonObject parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!parameters.TryGetPropertyValue(name, out var node) || node is null)
        {
            return true;
        }

        return node switch
        {
            JsonObject obj => obj.Count == 0,
            JsonArray array => array.Count == 0,
            _ => ToScalarString(node) is "" or "0" || (node.GetValueKind() == JsonValueKind.Number && ToDouble(node) == 0),
        };
    }

    /// <summary>The parameter cast to an integer the way PHP's <c>(int)</c> does (missing or non-numeric: the default).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="defaultValue">The value when the parameter is missing or <c>null</c>.</param>
    /// <returns>The integer.</returns>
    public static long GetInt64(this JsonObject parameters, string name, long defaultValue = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.TryGetPropertyValue(name, out var node) && node is not null ? ToInt64(node) : defaultValue;
    }

    /// <summary>The parameter as an object, or <see langword="null"/> when missing or not an object.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The object (not a copy).</returns>
    public static JsonObject? GetObject(this JsonObject parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.TryGetPropertyValue(name, out var node) ? node as JsonObject : null;
    }

    /// <summary>The parameter as an array, or <see langword="null"/> when missing or not an array.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The array (not a copy).</returns>
    public static JsonArray? GetArray(this JsonObject parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.TryGetPropertyValue(name, out var node) ? node as JsonArray : null;
    }

    /// <summary>A JSON scalar as PHP's <c>(string)</c> would give it; <see langword="null"/> for null, objects and arrays.</summary>
    /// <param name="node">The value.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? ToScalarString(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "",
        _ => null,
    };

    /// <summary>A JSON value cast the way PHP's <c>(int)</c> does: leading digits of a string, truncated numbers, booleans as 1/0.</summary>
    /// <param name="node">The value.</param>
    /// <returns>The integer (0 for anything non-numeric).</returns>
    public static long ToInt64(JsonNode? node)
    {
        switch (node?.GetValueKind())
        {
            case JsonValueKind.Number:
                return node.AsValue().TryGetValue<long>(out var whole) ? whole : (long)Math.Truncate(ToDouble(node));
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.String:
                var text = node.GetValue<string>().AsSpan().Trim();
                var end = 0;
                if (end < text.Length && (text[end] == '-' || text[end] == '+'))
                {
                    end++;
                }

                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                return long.TryParse(text[..end], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            default:
                return 0;
        }
    }

    private static double ToDouble(JsonNode node) =>
        double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
