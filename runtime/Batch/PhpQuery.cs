using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace B24Gen.Batch;

/// <summary>One <c>key=value</c> of a batch command: the key's segments (decoded) and the value, already encoded.</summary>
/// <param name="Path">The key's segments: <c>filter[&gt;ID]</c> is <c>["filter", "&gt;ID"]</c>.</param>
/// <param name="Value">The value as it goes on the wire (URL-encoded, or a raw <c>$result[...]</c> reference).</param>
internal readonly record struct PhpQueryPair(string[] Path, string Value);

/// <summary>
/// Encodes parameters the way PHP's <c>parse_str</c> reads them, for batch commands (<c>method?a[b]=1&amp;c[0]=x</c>):
/// objects as <c>a[b]=</c>, lists as <c>a[0]=</c>, booleans as <c>1</c>/<c>0</c> (PHP reads the string
/// <c>"false"</c> as true), numbers as written, strings URL-encoded; null, and empty lists and objects (which a
/// query string cannot express), are left out.
/// </summary>
internal static class PhpQuery
{
    /// <summary>The pairs of a JSON object of parameters, in order.</summary>
    public static List<PhpQueryPair> Flatten(JsonElement parameters)
    {
        var pairs = new List<PhpQueryPair>();
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            return pairs;
        }

        foreach (var property in parameters.EnumerateObject())
        {
            Flatten(property.Value, [property.Name], pairs);
        }

        return pairs;
    }

    /// <summary>Adds the pairs of <paramref name="value"/> under the key <paramref name="path"/>.</summary>
    public static void Flatten(JsonElement value, string[] path, List<PhpQueryPair> pairs)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(property.Value, [.. path, property.Name], pairs);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Flatten(item, [.. path, index.ToString(CultureInfo.InvariantCulture)], pairs);
                    index++;
                }

                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            default:
                pairs.Add(new PhpQueryPair(path, EncodeScalar(value)));
                break;
        }
    }

    /// <summary>A scalar's wire text: strings URL-encoded, numbers as written, booleans as 1/0.</summary>
    public static string EncodeScalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Uri.EscapeDataString(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => string.Empty,
    };

    /// <summary>
    /// The key's wire text: <c>filter[&gt;ID]</c>. Segments are URL-encoded, except the filter prefixes
    /// <c>&gt; &lt; ! @</c>, which PHP reads as they are and keep commands readable.
    /// </summary>
    public static string EncodeKey(string[] path)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            var segment = EncodeKeySegment(path[i]);
            if (i == 0)
            {
                builder.Append(segment);
            }
            else
            {
                builder.Append('[').Append(segment).Append(']');
            }
        }

        return builder.ToString();
    }

    /// <summary>The command text: <c>method</c> or <c>method?key=value&amp;...</c>.</summary>
    public static string Render(string method, IEnumerable<PhpQueryPair> pairs)
    {
        var builder = new StringBuilder(method);
        var separator = '?';
        foreach (var pair in pairs)
        {
            builder.Append(separator).Append(EncodeKey(pair.Path)).Append('=').Append(pair.Value);
            separator = '&';
        }

        return builder.ToString();
    }

    /// <summary>Splits a parameter's wire name, <c>filter[&gt;ID]</c>, into <c>["filter", "&gt;ID"]</c>.</summary>
    /// <exception cref="ArgumentException">The name is not <c>name</c> or <c>name[key]...</c>.</exception>
    public static string[] ParseName(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameterName);
        var open = name.IndexOf('[', StringComparison.Ordinal);
        var head = open < 0 ? name : name[..open];
        if (head.Length == 0 || head.Contains(']', StringComparison.Ordinal))
        {
            throw BadName(name, parameterName);
        }

        var segments = new List<string> { head };
        var position = open;
        while (position >= 0 && position < name.Length)
        {
            if (name[position] != '[')
            {
                throw BadName(name, parameterName);
            }

            var close = name.IndexOf(']', position + 1);
            if (close < 0)
            {
                throw BadName(name, parameterName);
            }

            var segment = name[(position + 1)..close];
            if (segment.Length == 0 || segment.Contains('[', StringComparison.Ordinal))
            {
                throw BadName(name, parameterName);
            }

            segments.Add(segment);
            position = close + 1;
        }

        return [.. segments];
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="prefix"/> or lies under it.</summary>
    public static bool StartsWith(string[] path, string[] prefix)
    {
        if (path.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(path[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string EncodeKeySegment(string segment)
    {
        var escaped = Uri.EscapeDataString(segment);
        if (!escaped.Contains('%', StringComparison.Ordinal))
        {
            return escaped;
        }

        // Every '%' now starts an escape triple, so these replacements cannot split one.
        return escaped
            .Replace("%3E", ">", StringComparison.Ordinal)
            .Replace("%3C", "<", StringComparison.Ordinal)
            .Replace("%21", "!", StringComparison.Ordinal)
            .Replace("%40", "@", StringComparison.Ordinal);
    }

    private static ArgumentException BadName(string name, string parameterName) =>
        new($"'{name}' is not a parameter name: use the wire name, e.g. 'id' or 'filter[>ID]'.", parameterName);
}
