using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// PHP-style form and query strings (<c>a[b]=1&amp;c[]=2&amp;c[]=3</c>) both ways. <see cref="Parse"/> decodes them
/// into JSON the way a PHP portal sees them: nested keys become objects, <c>[]</c> appends, and a map whose keys are
/// exactly <c>0..n-1</c> in order becomes an array (as PHP's <c>json_encode</c> would write it); every leaf is a
/// string. <see cref="Build"/> encodes JSON the way the portal's <c>http_build_query</c> does, for the bodies it
/// POSTs to event handlers.
/// </summary>
public static class PhpQueryString
{
    /// <summary>Parses a URL-encoded string (with or without a leading <c>?</c>).</summary>
    /// <param name="query">The encoded string, e.g. <c>type=user&amp;filter[&gt;ID]=5</c>.</param>
    /// <returns>A new object; empty for an empty string.</returns>
    public static JsonObject Parse(string? query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrEmpty(query))
        {
            var text = query.StartsWith('?') ? query[1..] : query;
            foreach (var part in text.Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                var eq = part.IndexOf('=', StringComparison.Ordinal);
                var key = eq < 0 ? part : part[..eq];
                var value = eq < 0 ? "" : part[(eq + 1)..];
                pairs.Add(new(Decode(key), Decode(value)));
            }
        }

        return FromPairs(pairs);
    }

    /// <summary>Builds the nested object from already-decoded key/value pairs, in order.</summary>
    /// <param name="pairs">Decoded pairs such as <c>("filter[&gt;ID]", "5")</c>.</param>
    /// <returns>A new object.</returns>
    public static JsonObject FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var root = new PhpArray();
        foreach (var (key, value) in pairs)
        {
            Assign(root, key, value);
        }

        return root.ToJsonObject();
    }

    /// <summary>
    /// Encodes an object as PHP's <c>http_build_query</c> does (the body of every event the portal sends):
    /// <c>data%5BFIELDS%5D%5BID%5D=5</c> for nested objects, <c>a%5B0%5D=x&amp;a%5B1%5D=y</c> for arrays, keys and
    /// values <c>urlencode</c>d (RFC 1738: a space is <c>+</c>, everything but letters, digits and <c>-_.</c> is
    /// <c>%XX</c>), <c>true</c>/<c>false</c> as <c>1</c>/<c>0</c>, and JSON <c>null</c> and empty objects or arrays
    /// left out, as PHP leaves out <c>null</c> and <c>[]</c>.
    /// </summary>
    /// <param name="values">The top-level keys and values, in order.</param>
    /// <returns>The encoded string, without a leading <c>?</c>.</returns>
    public static string Build(JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        foreach (var (key, value) in values)
        {
            Append(builder, UrlEncode(key), value);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string key, JsonNode? value)
    {
        switch (value)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (childKey, child) in obj)
                {
                    Append(builder, key + "%5B" + UrlEncode(childKey) + "%5D", child);
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Append(builder, key + "%5B" + i.ToString(CultureInfo.InvariantCulture) + "%5D", array[i]);
                }

                return;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.True => "1",
            JsonValueKind.False => "0",
            JsonValueKind.Null => null,
            _ => ParameterReader.ToScalarString(value),
        };
        if (text is null)
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append('&');
        }

        builder.Append(key).Append('=').Append(UrlEncode(text));
    }

    /// <summary>PHP's <c>urlencode</c>: UTF-8 bytes, letters, digits and <c>-_.</c> kept, a space as <c>+</c>, the rest <c>%XX</c>.</summary>
    private static string UrlEncode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void Assign(PhpArray root, string key, string value)
    {
        var path = SplitKey(key);
        if (path is null)
        {
            return;
        }

        var current = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var segment = path[i];
            if (segment is null)
            {
                var child = new PhpArray();
                current.Append(child);
                current = child;
                continue;
            }

            if (current.TryGet(segment) is PhpArray existing)
            {
                current = existing;
            }
            else
            {
                var child = new PhpArray();
                current.Set(segment, child);
                current = child;
            }
        }

        var last = path[^1];
        if (last is null)
        {
            current.Append(value);
        }
        else
        {
            current.Set(last, value);
        }
    }

    /// <summary>Splits <c>a[b][]</c> into <c>["a", "b", null]</c> (<see langword="null"/> = append).</summary>
    private static List<string?>? SplitKey(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || key.IndexOf(']', open) < 0)
        {
            // No (well-formed) brackets: the whole key is one name, as PHP treats it.
            return key.Length == 0 ? null : [key];
        }

        var segments = new List<string?> { key[..open] };
        var pos = open;
        while (pos < key.Length && key[pos] == '[')
        {
            var close = key.IndexOf(']', pos + 1);
            if (close < 0)
            {
                break;
            }

            var inner = key[(pos + 1)..close];
            segments.Add(inner.Length == 0 ? null : inner);
            pos = close + 1;
        }

        return segments;
    }

    /// <summary>An ordered PHP array: string keys, with integer keys tracked for <c>[]</c> appends.</summary>
    private sealed class PhpArray
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
        private long _nextIndex;

        public object? TryGet(string key) => _values.TryGetValue(key, out var value) ? value : null;

        public void Set(string key, object value)
        {
            if (!_values.ContainsKey(key))
            {
                _order.Add(key);
            }

            _values[key] = value;
            if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= _nextIndex)
            {
                _nextIndex = index + 1;
            }
        }

        public void Append(object value) => Set(_nextIndex.ToString(CultureInfo.InvariantCulture), value);

        public JsonObject ToJsonObject()
        {
            var result = new JsonObject();
            foreach (var key in _order)
            {
                result[key] = Convert(_values[key]);
            }

            return result;
        }

        private JsonNode ToJsonNode()
        {
            for (var i = 0; i < _order.Count; i++)
            {
                if (_order[i] != i.ToString(CultureInfo.InvariantCulture))
                {
                    return ToJsonObject();
                }
            }

            var array = new JsonArray();
            foreach (var key in _order)
            {
                array.Add(Convert(_values[key]));
            }

            return array;
        }

        private static JsonNode Convert(object value) =>
            value is PhpArray nested ? nested.ToJsonNode() : JsonValue.Create((string)value);
    }
}
