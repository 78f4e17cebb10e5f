using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// Decodes PHP-style form and query strings (<c>a[b]=1&amp;c[]=2&amp;c[]=3</c>) into JSON, the way a PHP
/// portal sees them: nested keys become objects, <c>[]</c> appends, and a map whose keys are exactly
/// <c>0..n-1</c> in order becomes an array (as PHP's <c>json_encode</c> would write it). Every leaf is a string.
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
