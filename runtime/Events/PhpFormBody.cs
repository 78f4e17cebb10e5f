using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace B24Gen.Events;

/// <summary>
/// The body a portal POSTs to an event handler (<c>application/x-www-form-urlencoded</c>, keys as PHP builds them:
/// <c>data[FIELDS][ID]=5&amp;auth[application_token]=…</c>) as the JSON PHP's <c>json_encode</c> would give for the same
/// array, so the generated readers read events as they read REST answers: nested keys become objects, keys
/// <c>0…n-1</c> in order (and <c>[]</c> appends) become arrays, every value is a string, and a later key replaces an
/// earlier one as PHP's <c>parse_str</c> does.
/// </summary>
internal static class PhpFormBody
{
    /// <summary>PHP's own nesting limit (<c>max_input_nesting_level</c>).</summary>
    public const int MaxDepth = 64;

    /// <summary>The body as UTF-8 JSON; <see cref="FormatException"/> naming the key when one cannot be read.</summary>
    public static byte[] ToJson(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var root = new Node();
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            Add(root, Path(key), value, key);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root);
        }

        return buffer.ToArray();
    }

    /// <summary><c>data[FIELDS][ID]</c> → data, FIELDS, ID; <c>a[]</c> → a, null (append). A key without brackets is itself.</summary>
    private static List<string?> Path(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || !key.EndsWith(']'))
        {
            return [key];
        }

        var path = new List<string?> { key[..open] };
        var position = open;
        while (position < key.Length)
        {
            if (key[position] != '[')
            {
                throw new FormatException($"The form key '{key}' has text between its brackets' groups.");
            }

            var close = key.IndexOf(']', position);
            var part = key[(position + 1)..close];
            path.Add(part.Length == 0 ? null : part);
            position = close + 1;
        }

        if (path.Count > MaxDepth)
        {
            throw new FormatException($"The form key '{key}' nests deeper than {MaxDepth} levels.");
        }

        return path;
    }

    private static void Add(Node root, List<string?> path, string value, string key)
    {
        var node = root;
        for (var i = 0; i < path.Count; i++)
        {
            var name = path[i] ?? node.NextIndex().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i == path.Count - 1)
            {
                node.Set(name, new Node { Value = value });
                return;
            }

            if (!node.Children.TryGetValue(name, out var child) || child.Value is not null)
            {
                // A value where a nested key now goes: replaced, as PHP's parse_str replaces it.
                child = new Node();
                node.Set(name, child);
            }

            node = child;
        }

        throw new FormatException($"The form key '{key}' is empty.");
    }

    private static void Write(Utf8JsonWriter writer, Node node)
    {
        if (node.Value is { } value)
        {
            writer.WriteStringValue(value);
            return;
        }

        if (node.IsList)
        {
            writer.WriteStartArray();
            foreach (var name in node.Order)
            {
                Write(writer, node.Children[name]);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var name in node.Order)
        {
            writer.WritePropertyName(name);
            Write(writer, node.Children[name]);
        }

        writer.WriteEndObject();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>A value, or children in the order their keys first came.</summary>
    private sealed class Node
    {
        public string? Value { get; init; }

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        /// <summary>What json_encode writes as an array: keys exactly 0, 1, … in that order.</summary>
        public bool IsList
        {
            get
            {
                for (var i = 0; i < Order.Count; i++)
                {
                    if (Order[i] != i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    {
                        return false;
                    }
                }

                return Order.Count > 0;
            }
        }

        /// <summary>PHP's next index for <c>[]</c>: one past the largest integer key so far (kept as keys come, so a body of many <c>[]</c> stays linear).</summary>
        public int NextIndex() => _next;

        private int _next;

        public void Set(string name, Node child)
        {
            if (!Children.ContainsKey(name))
            {
                Order.Add(name);
                if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= _next && index < int.MaxValue)
                {
                    _next = index + 1;
                }
            }

            Children[name] = child;
        }
    }
}
