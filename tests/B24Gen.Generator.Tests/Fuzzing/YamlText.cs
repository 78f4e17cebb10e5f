using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>A YAML node the fuzzer builds: rendered to text with every scalar quoted safely.</summary>
internal abstract record Y
{
    public static Y Null { get; } = new YRaw("null");

    public static Y True { get; } = new YRaw("true");

    public static Y False { get; } = new YRaw("false");

    public static implicit operator Y(string text) => new YScalar(text);
}

/// <summary>A string scalar: plain when it is a simple name, double-quoted and escaped otherwise.</summary>
internal sealed record YScalar(string Text) : Y;

/// <summary>A scalar written as it is (<c>true</c>, <c>null</c>, <c>42</c>).</summary>
internal sealed record YRaw(string Text) : Y;

/// <summary>A mapping; <c>Flow</c> writes it as <c>{ a: b, c: d }</c>.</summary>
internal sealed record YMap(IReadOnlyList<(string Key, Y Value)> Entries, bool Flow = false) : Y;

/// <summary>A sequence; <c>Flow</c> writes it as <c>[a, b]</c>.</summary>
internal sealed record YList(IReadOnlyList<Y> Items, bool Flow = false) : Y;

/// <summary>Renders <see cref="Y"/> trees as YAML text.</summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> s_special = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    };

    public static string Render(Y root)
    {
        var builder = new StringBuilder();
        switch (root)
        {
            case YMap { Flow: false, Entries.Count: > 0 } map:
                Block(builder, map, 0);
                break;
            case YList { Flow: false, Items.Count: > 0 } list:
                BlockList(builder, list, 0);
                break;
            default:
                builder.Append(Inline(root)).Append('\n');
                break;
        }

        return builder.ToString();
    }

    /// <summary>A scalar that YAML reads back as exactly <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        if (SimpleName().IsMatch(text) && !s_special.Contains(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var pairedSurrogate = (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
                    if (c < ' ' || c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff'
                        || (char.IsSurrogate(c) && !pairedSurrogate))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Block(StringBuilder builder, YMap map, int indent)
    {
        foreach (var (key, value) in map.Entries)
        {
            builder.Append(' ', indent).Append(Quote(key)).Append(':');
            switch (value)
            {
                case YMap { Flow: false, Entries.Count: > 0 } child:
                    builder.Append('\n');
                    Block(builder, child, indent + 2);
                    break;
                case YList { Flow: false, Items.Count: > 0 } list:
                    builder.Append('\n');
                    BlockList(builder, list, indent + 2);
                    break;
                default:
                    builder.Append(' ').Append(Inline(value)).Append('\n');
                    break;
            }
        }
    }

    private static void BlockList(StringBuilder builder, YList list, int indent)
    {
        foreach (var item in list.Items)
        {
            builder.Append(' ', indent).Append("- ").Append(Inline(item)).Append('\n');
        }
    }

    private static string Inline(Y node) => node switch
    {
        YScalar s => Quote(s.Text),
        YRaw r => r.Text,
        YMap m => m.Entries.Count == 0 ? "{}" : "{ " + string.Join(", ", m.Entries.Select(e => Quote(e.Key) + ": " + Inline(e.Value))) + " }",
        YList l => "[" + string.Join(", ", l.Items.Select(Inline)) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleName();
}
